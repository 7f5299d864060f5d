package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.testing.TestDatabases;

import javax.sql.DataSource;

class PostgresWarehouseIT extends WarehouseContract {
    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
