package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * On H2 only: unified record and review pair ids are reserved 10,000 at a time instead of H2's default 32,
 * for the reason {@link V9__h2_identity_cache} gives for raw records: each reservation is a commit of its own
 * that writes the store to the file, and a first load mints hundreds of thousands of unified ids. H2's
 * reservation is shared by every connection, so a smaller id is still an older unified record; a crash can
 * only leave a gap. PostgreSQL is left alone (its cache is per connection).
 */
public class V10__h2_clustering_identity_cache extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        if (!"H2".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("alter table unified_record alter column id set cache 10000");
            s.execute("alter table match_review alter column id set cache 10000");
        }
    }
}
