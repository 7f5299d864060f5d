package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.testing.TestDatabases;

import javax.sql.DataSource;

class H2WarehouseIT extends WarehouseContract {
    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
