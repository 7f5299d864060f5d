package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * On H2 only: raw record ids are reserved 10,000 at a time instead of H2's default 32.
 * <p>
 * Each time H2 runs out of reserved identity values it writes the sequence's new margin in a transaction of
 * its own, and with {@code WRITE_DELAY=0} (kept: a killed service must resume from its last page) every such
 * commit writes the store to the file. A bulk harvest inserts a raw record per harvested record, so that
 * was a store of every changed page to the file every 32 records: 15% of the harvest's CPU in the 2026-11-25
 * profile. A crash can only leave a gap in the ids, never reuse one. PostgreSQL is left alone: its cache is
 * per connection, so concurrent harvests would no longer get ids in the order they stored their records, and
 * it commits nothing of its own when it reserves values. A Java migration because Flyway's SQL migrations cannot depend on the database;
 * it lives in {@code db.migration}, the package of Flyway's migration location.
 */
public class V9__h2_identity_cache extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        if (!"H2".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("alter table raw_record alter column id set cache 10000");
        }
    }
}
