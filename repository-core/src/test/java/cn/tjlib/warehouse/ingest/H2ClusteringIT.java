package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.testing.TestDatabases;

import javax.sql.DataSource;

class H2ClusteringIT extends ClusteringContract {
    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
