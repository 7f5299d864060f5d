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
        return open(kind, dir, "");
    }

    /**
     * {@code h2Settings}: "KEY=VALUE;…" replacing or adding to the H2 settings below (the app's), to measure an
     * alternative; ignored for PostgreSQL.
     */
    static HikariDataSource open(String kind, Path dir, String h2Settings) {
        HikariConfig c = new HikariConfig();
        c.setMaximumPoolSize(8);
        switch (kind) {
            case "h2" -> c.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench") + h2(h2Settings));
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

    private static String h2(String overrides) {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (String s : ("MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=32768;WRITE_DELAY=0;"
                + overrides).split(";")) {
            if (!s.isBlank()) {
                settings.put(s.substring(0, s.indexOf('=')).strip().toUpperCase(java.util.Locale.ROOT), s.substring(s.indexOf('=') + 1).strip());
            }
        }
        StringBuilder url = new StringBuilder();
        settings.forEach((k, v) -> url.append(';').append(k).append('=').append(v));
        return url.toString();
    }
}
