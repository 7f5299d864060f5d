package cn.tjlib.warehouse.storage;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/** Brings a database to the current schema with the module's Flyway migrations (H2 and PostgreSQL alike). */
public final class Migrations {
    /** Where the migrations live on the classpath; the Spring Boot app points Flyway here too. */
    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
    }
}
