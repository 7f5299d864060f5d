package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.testing.TestDatabases;

import javax.sql.DataSource;

class PostgresClusteringIT extends ClusteringContract {
    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
