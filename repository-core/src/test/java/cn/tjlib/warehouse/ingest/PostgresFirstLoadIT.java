package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.testing.TestDatabases;

import javax.sql.DataSource;

class PostgresFirstLoadIT extends FirstLoadContract {
    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
