package cn.tjlib.warehouse.testing;

import cn.tjlib.warehouse.storage.Migrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, migrated databases for tests: an in-memory H2 in PostgreSQL mode, or a new database on the
 * local PostgreSQL (127.0.0.1:5432, user postgres, trust auth). When PostgreSQL is unreachable the
 * test is skipped with a visible message, except under {@code CI=true}, where it fails.
 */
public final class TestDatabases {
    public static final String PG_HOST = System.getenv().getOrDefault("WAREHOUSE_TEST_PG", "127.0.0.1:5432");

    private TestDatabases() {
    }

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Migrations.migrate(ds);
        return ds;
    }

    public static DataSource postgres() {
        String name = "warehouse_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = pg("postgres");
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL at " + PG_HOST + " is unreachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": under CI=true the PostgreSQL tests must run", e);
            }
            System.err.println("SKIPPED: " + message + "; PostgreSQL tests are skipped outside CI");
            Assumptions.abort(message);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(admin, name), "drop-" + name));
        PGSimpleDataSource ds = pg(name);
        Migrations.migrate(ds);
        return ds;
    }

    private static PGSimpleDataSource pg(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://" + PG_HOST + "/" + database);
        ds.setUser("postgres");
        ds.setConnectTimeout(5);
        return ds;
    }

    private static void drop(PGSimpleDataSource admin, String name) {
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
