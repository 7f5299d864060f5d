package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.testing.TestDatabases;

import javax.sql.DataSource;

class H2FirstLoadIT extends FirstLoadContract {
    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
