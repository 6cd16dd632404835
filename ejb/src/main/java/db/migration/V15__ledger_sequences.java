package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A purchase inserts a journal entry, its postings and a licence. With identity columns each insert went to the
 * database at once, one round trip apiece, to learn its id; from sequences Hibernate takes ids fifty at a time and
 * sends the rows together at commit, the postings as one batch. Each sequence starts past the ids already used
 * (with room for Hibernate's pooled optimizer), which needs a query, hence Java rather than SQL: PostgreSQL and H2
 * agree on CREATE SEQUENCE but not on how to move one.
 */
public class V15__ledger_sequences extends BaseJavaMigration {

    private static final String[] TABLES = {"journal_entry", "posting", "licence"};
    private static final int ALLOCATION = 50;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            for (String table : TABLES) {
                long used;
                try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                    max.next();
                    used = max.getLong(1);
                }
                sql.execute("CREATE SEQUENCE " + table + "_seq START WITH " + (used + 2 * ALLOCATION)
                        + " INCREMENT BY " + ALLOCATION);
            }
        }
    }
}
