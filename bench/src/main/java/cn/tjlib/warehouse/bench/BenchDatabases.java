package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.storage.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh, migrated databases for benchmarks: an H2 file database, or a new database on the local PostgreSQL. */
final class BenchDatabases {
    private BenchDatabases() {
    }

    static HikariDataSource open(String kind, Path dir) {
        HikariConfig c = new HikariConfig();
        c.setMaximumPoolSize(8);
        switch (kind) {
            case "h2" -> c.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=131072;WRITE_DELAY=0");
            case "postgres" -> {
                String name = "warehouse_bench_" + System.currentTimeMillis();
                try (Connection con = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                     Statement s = con.createStatement()) {
                    s.execute("create database " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create PostgreSQL database " + name + ": " + e.getMessage(), e);
                }
                c.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + name);
                c.setUsername("postgres");
            }
            default -> throw new IllegalArgumentException("--db must be h2 or postgres, got '" + kind + "'");
        }
        HikariDataSource ds = new HikariDataSource(c);
        Migrations.migrate(ds);
        return ds;
    }
}
