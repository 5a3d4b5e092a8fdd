package io.sightline.db;

import static io.sightline.db.jooq.Tables.APP_USER;
import static io.sightline.db.jooq.Tables.EMAIL_OPEN;
import static io.sightline.db.jooq.Tables.TRACKED_EMAIL;
import static io.sightline.db.jooq.Tables.USER_EMAIL;
import static io.sightline.db.jooq.Tables.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tracked email and its opens belong to the sender alone, in the database itself: another member of the same workspace,
 * its admin included, reads none of them on a connection of the app's role.
 */
class TrackingRowLevelSecurityIT {

    static final UUID WORKSPACE_ID = UUID.randomUUID();
    static final UUID SENDER = UUID.randomUUID();
    static final UUID ADMIN = UUID.randomUUID();
    static final UUID EMAIL = UUID.randomUUID();

    @BeforeAll
    static void aSenderWithAnOpenedEmail() throws Exception {
        TestDatabase.get();
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = actingAs(connection, ADMIN);
            db.insertInto(WORKSPACE)
                    .set(WORKSPACE.ID, WORKSPACE_ID)
                    .set(WORKSPACE.SLUG, "rls-" + WORKSPACE_ID.toString().substring(0, 8))
                    .set(WORKSPACE.NAME, "RLS")
                    .set(WORKSPACE.PLAN, "BUSINESS")
                    .execute();
            insertUser(db, ADMIN, "ADMIN", true);
            insertUser(db, SENDER, "MEMBER", false);
            connection.commit();
        }
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = actingAs(connection, SENDER);
            db.insertInto(TRACKED_EMAIL)
                    .set(TRACKED_EMAIL.WORKSPACE_ID, WORKSPACE_ID)
                    .set(TRACKED_EMAIL.ID, EMAIL)
                    .set(TRACKED_EMAIL.SENDER_ID, SENDER)
                    .set(TRACKED_EMAIL.SUBJECT, "Confidential offer")
                    .set(TRACKED_EMAIL.RECIPIENTS, new String[] {"buyer@example.com"})
                    .set(TRACKED_EMAIL.OPEN_COUNT, 1)
                    .execute();
            connection.commit();
        }
        try (var connection = TestDatabase.owner()) {
            DSL.using(connection, SQLDialect.POSTGRES)
                    .insertInto(EMAIL_OPEN)
                    .set(EMAIL_OPEN.WORKSPACE_ID, WORKSPACE_ID)
                    .set(EMAIL_OPEN.ID, UUID.randomUUID())
                    .set(EMAIL_OPEN.TRACKED_EMAIL_ID, EMAIL)
                    .set(EMAIL_OPEN.SENDER_ID, SENDER)
                    .set(EMAIL_OPEN.OPENED_AT, Instant.now())
                    .set(EMAIL_OPEN.SOURCE, "RECIPIENT")
                    .set(EMAIL_OPEN.COUNTS_AS_OPEN, true)
                    .execute();
        }
    }

    private static void insertUser(DSLContext db, UUID id, String role, boolean owner) {
        var email = id + "@example.com";
        db.insertInto(APP_USER)
                .set(APP_USER.WORKSPACE_ID, WORKSPACE_ID)
                .set(APP_USER.ID, id)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.NAME, role)
                .set(APP_USER.PASSWORD_HASH, "{noop}x")
                .set(APP_USER.ROLE, role)
                .set(APP_USER.OWNER, owner)
                .execute();
        db.insertInto(USER_EMAIL)
                .set(USER_EMAIL.EMAIL, email)
                .set(USER_EMAIL.WORKSPACE_ID, WORKSPACE_ID)
                .set(USER_EMAIL.USER_ID, id)
                .execute();
    }

    /** Acting as this user of the test's workspace. */
    private static DSLContext actingAs(Connection connection, UUID user) {
        return TestDatabase.actingAs(connection, WORKSPACE_ID, user);
    }

    @Test
    void the_sender_reads_their_email_and_its_opens() throws SQLException {
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = actingAs(connection, SENDER);
            assertThat(db.fetchCount(TRACKED_EMAIL)).isEqualTo(1);
            assertThat(db.fetchCount(EMAIL_OPEN)).isEqualTo(1);
            connection.rollback();
        }
    }

    @Test
    void the_workspace_admin_reads_none_of_it_not_even_a_count() throws SQLException {
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = actingAs(connection, ADMIN);
            assertThat(db.fetchCount(TRACKED_EMAIL)).isZero();
            assertThat(db.fetchCount(EMAIL_OPEN)).isZero();
            assertThat(db.fetchCount(TRACKED_EMAIL, TRACKED_EMAIL.ID.eq(EMAIL))).isZero();
            var touched = db.update(TRACKED_EMAIL)
                    .set(TRACKED_EMAIL.MUTED, true)
                    .where(TRACKED_EMAIL.ID.eq(EMAIL))
                    .execute();
            assertThat(touched).as("nor mute it").isZero();
            connection.rollback();
        }
    }

    @Test
    void nobody_can_track_an_email_in_someone_elses_name() throws SQLException {
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = actingAs(connection, ADMIN);
            assertThatThrownBy(() -> db.insertInto(TRACKED_EMAIL)
                            .set(TRACKED_EMAIL.WORKSPACE_ID, WORKSPACE_ID)
                            .set(TRACKED_EMAIL.ID, UUID.randomUUID())
                            .set(TRACKED_EMAIL.SENDER_ID, SENDER)
                            .set(TRACKED_EMAIL.SUBJECT, "Forged")
                            .set(TRACKED_EMAIL.RECIPIENTS, new String[] {"a@example.com"})
                            .execute())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    @Test
    void the_pixel_role_can_read_no_subject_or_recipient() throws SQLException {
        try (var connection = TestDatabase.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            db.execute("SET ROLE sightline_pixel");
            assertThat(db.fetchValue("SELECT count(*) FROM tracked_email WHERE id = ?", EMAIL))
                    .isEqualTo(1L);
            assertThatThrownBy(() -> db.fetch("SELECT subject FROM tracked_email"))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> db.fetch("SELECT recipients FROM tracked_email"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> db.fetch("SELECT user_agent FROM email_open"))
                    .hasMessageContaining("permission denied");
            db.execute("RESET ROLE");
        }
    }
}
