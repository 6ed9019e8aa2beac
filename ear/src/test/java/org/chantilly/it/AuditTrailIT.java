package org.chantilly.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chantilly.it.support.Api.array;
import static org.chantilly.it.support.Api.items;
import static org.chantilly.it.support.Api.complaint;
import static org.chantilly.it.support.Api.get;
import static org.chantilly.it.support.Api.object;
import static org.chantilly.it.support.Api.postJson;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of the real server: every change of a complaint appends a record in its transaction, the chain
 * verifies, and a record changed, deleted or inserted directly in the database is named by the verification. Each
 * tampering is undone at once, so the chain is intact again for the tests that follow.
 */
@ArquillianTest
@RunAsClient
class AuditTrailIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    private static JsonObject verify() {
        HttpResponse<String> response = get("auditor", "/api/audit/verify");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response);
    }

    private static String fileAndClaim() {
        HttpResponse<String> filed = postJson("frontline", "/api/complaints",
                complaint("HAM", "PHONE", "Greta Audit", null, "+49 40 555 0101", "The blender stopped after a day."));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = object(filed).getString("reference");
        String task = items(get("frontline", "/api/tasks?complaint=" + reference)).stream()
                .map(JsonValue::asJsonObject).findFirst().orElseThrow().getString("id");
        assertThat(postJson("frontline", "/api/tasks/" + task + "/claim", "").statusCode()).isEqualTo(204);
        return reference;
    }

    @Test
    void everyChangeOfAComplaintIsRecordedWithoutTheCustomersPersonalValues() {
        String reference = fileAndClaim();

        HttpResponse<String> records = get("auditor", "/api/audit/records?complaint=" + reference);
        assertThat(records.statusCode()).as(records.body()).isEqualTo(200);
        List<JsonObject> about = array(records).stream().map(JsonValue::asJsonObject).toList();
        assertThat(about).extracting(r -> r.getString("action"))
                .contains("COMPLAINT_RECEIVED", "CLOCK_STARTED", "TASK_CLAIMED");
        assertThat(about).filteredOn(r -> r.getString("action").equals("TASK_CLAIMED")).singleElement()
                .satisfies(r -> {
                    assertThat(r.getString("actor")).isEqualTo("frontline");
                    assertThat(r.getString("after")).contains("\"assignee\":\"frontline\"");
                    assertThat(r.getString("before")).contains("\"assignee\":null");
                    assertThat(r.getString("hash")).hasSize(64);
                });
        assertThat(records.body()).doesNotContain("Greta", "555 0101", "blender");

        JsonObject verified = verify();
        assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
        assertThat(verified.getJsonNumber("records").longValue()).isGreaterThanOrEqualTo(about.size());
        assertThat(verified.getString("headHash")).hasSize(64);
    }

    @Test
    void onlyAuditorsHeadOfficeAndAdministratorsVerifyAndAnAuditorChangesNothing() {
        assertThat(get("frontline", "/api/audit/verify").statusCode()).isEqualTo(403);
        assertThat(get("admin", "/api/audit/verify").statusCode()).isEqualTo(200);
        assertThat(get("admin", "/api/audit/records").statusCode()).isEqualTo(403);
        assertThat(get("auditor", "/api/audit/records?limit=0").statusCode()).isEqualTo(400);
        HttpResponse<String> notANumber = get("auditor", "/api/audit/records?limit=ten&before=x");
        assertThat(notANumber.statusCode()).as("a wrong number is a 400 naming the field, not a 404").isEqualTo(400);
        assertThat(object(notANumber).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactly("before", "limit");
        assertThat(postJson("auditor", "/api/complaints",
                complaint("HAM", "PHONE", "X", null, "+49 40 1", "y")).statusCode()).isEqualTo(403);
    }

    @Test
    void aRecordChangedDeletedOrInsertedInTheDatabaseIsNamed() throws SQLException {
        fileAndClaim();
        assertThat(verify().getBoolean("intact")).isTrue();
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(true);
            allowTampering(db);
            long target = target(db);

            // changed
            String action = single(db, "select action from audit_record where sequence = " + target);
            execute(db, "update audit_record set action = 'NOT_WHAT_HAPPENED' where sequence = " + target);
            try {
                assertBroken(target, "ALTERED");
            } finally {
                execute(db, "update audit_record set action = '" + action + "' where sequence = " + target);
            }
            assertThat(verify().getBoolean("intact")).isTrue();

            // deleted
            Object[] row = row(db, target);
            execute(db, "delete from audit_record where sequence = " + target);
            try {
                assertBroken(target, "REMOVED");
            } finally {
                insert(db, row);
            }
            assertThat(verify().getBoolean("intact")).isTrue();

            // inserted: a forged record far beyond the end of the chain
            long forged = 1_000_000_000L + target;
            Object[] forgery = row.clone();
            forgery[0] = forged;
            forgery[3] = "ROLE_CHANGED";
            insert(db, forgery);
            try {
                assertBroken(forged, "INSERTED");
            } finally {
                execute(db, "delete from audit_record where sequence = " + forged);
            }
            assertThat(verify().getBoolean("intact")).isTrue();
        }
    }

    @Test
    void onPostgreSqlTheApplicationsRoleCannotUpdateOrDeleteAuditRecords() throws SQLException {
        if (!TestDatabase.isPostgreSql()) {
            assertThat(System.getProperty("chantilly.it.db.url")).startsWith("jdbc:h2:");
            return; // the append-only trigger is PostgreSQL's (H2 has no procedural triggers)
        }
        fileAndClaim();
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(true);
            long target = target(db);
            assertThatThrownBy(() -> execute(db, "update audit_record set actor = 'mallory' where sequence = " + target))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(db, "delete from audit_record where sequence = " + target))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(db, "truncate audit_record"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    /** Only a superuser who switches triggers off for the session can touch PostgreSQL's audit rows. */
    private static void allowTampering(Connection db) throws SQLException {
        if (TestDatabase.isPostgreSql()) {
            execute(db, "set session_replication_role = replica");
        }
    }

    /** A record in the middle of the chain, well before any that the server may append meanwhile. */
    private static long target(Connection db) throws SQLException {
        return Long.parseLong(single(db, "select max(sequence) from audit_record")) / 2;
    }

    private void assertBroken(long sequence, String problem) {
        JsonObject verified = verify();
        assertThat(verified.getBoolean("intact")).as(verified.toString()).isFalse();
        JsonObject broken = verified.getJsonObject("firstBroken");
        assertThat(broken.getJsonNumber("sequence").longValue()).as(verified.toString()).isEqualTo(sequence);
        assertThat(broken.getString("problem")).isEqualTo(problem);
        assertThat(broken.getString("detail")).contains(String.valueOf(sequence));
    }

    private static final String COLUMNS = "sequence, recorded_at, actor, action, object_type, object_id, "
            + "complaint_reference, before_values, after_values, previous_hash, hash";

    private static Object[] row(Connection db, long sequence) throws SQLException {
        try (Statement select = db.createStatement();
             ResultSet rows = select.executeQuery("select " + COLUMNS + " from audit_record where sequence = " + sequence)) {
            assertThat(rows.next()).isTrue();
            Object[] row = new Object[11];
            for (int i = 0; i < row.length; i++) {
                row[i] = i == 1 ? rows.getObject(2, OffsetDateTime.class) : rows.getObject(i + 1);
            }
            return row;
        }
    }

    private static void insert(Connection db, Object[] row) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into audit_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.executeUpdate();
        }
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement select = db.createStatement(); ResultSet rows = select.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
