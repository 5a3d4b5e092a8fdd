package io.sightline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A notification is its recipient's alone, whatever the application asks: not even their workspace's admin reads it. */
class NotificationRowLevelSecurityIT {

    static final UUID WORKSPACE = UUID.randomUUID();
    static final UUID ADMIN = UUID.randomUUID();
    static final UUID SENDER = UUID.randomUUID();
    static final UUID EMAIL = UUID.randomUUID();

    @BeforeAll
    static void aSenderWithANotification() throws Exception {
        TestDatabase.get();
        try (var connection = TestDatabase.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            var slug = "notify-" + WORKSPACE.toString().substring(0, 8);
            db.execute(
                    "insert into workspace (id, slug, name, plan) values (?, ?, ?, 'BUSINESS')", WORKSPACE, slug, slug);
            db.execute(
                    "insert into app_user (workspace_id, id, email, name, password_hash, role, owner)"
                            + " values (?, ?, ?, 'Admin', '{noop}x', 'ADMIN', true), (?, ?, ?, 'Sender', '{noop}x', 'MEMBER', false)",
                    WORKSPACE,
                    ADMIN,
                    "admin-" + slug + "@example.com",
                    WORKSPACE,
                    SENDER,
                    "sender-" + slug + "@example.com");
            db.execute(
                    "insert into tracked_email (workspace_id, id, sender_id, subject, recipients)"
                            + " values (?, ?, ?, 'Secret plans', array['ann@example.com'])",
                    WORKSPACE,
                    EMAIL,
                    SENDER);
            db.execute(
                    "insert into notification (workspace_id, id, user_id, tracked_email_id, open_id, source, opened_at)"
                            + " values (?, ?, ?, ?, ?, 'RECIPIENT', now())",
                    WORKSPACE,
                    UUID.randomUUID(),
                    SENDER,
                    EMAIL,
                    UUID.randomUUID());
        }
    }

    private static DSLContext actingAs(Connection connection, UUID user) throws SQLException {
        connection.setAutoCommit(false);
        return TestDatabase.actingAs(connection, WORKSPACE, user);
    }

    @Test
    void the_recipient_reads_their_notification() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = actingAs(connection, SENDER);
            assertThat(db.fetchCount(DSL.table("notification"))).isEqualTo(1);
            connection.rollback();
        }
    }

    @Test
    void the_workspace_admin_reads_none_and_marks_none_read() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = actingAs(connection, ADMIN);
            assertThat(db.fetchCount(DSL.table("notification"))).isZero();
            int updated = db.execute("update notification set read_at = now()");
            assertThat(updated).isZero();
            connection.rollback();
        }
    }

    @Test
    void nobody_writes_a_notification_for_someone_else() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = actingAs(connection, ADMIN);
            assertThatThrownBy(() -> db.execute(
                            "insert into notification (workspace_id, id, user_id, tracked_email_id, open_id, source, opened_at)"
                                    + " values (?, ?, ?, ?, ?, 'RECIPIENT', now())",
                            WORKSPACE,
                            UUID.randomUUID(),
                            SENDER,
                            EMAIL,
                            UUID.randomUUID()))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    @Test
    void an_open_has_at_most_one_notification() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = actingAs(connection, SENDER);
            var open = UUID.randomUUID();
            var insert =
                    "insert into notification (workspace_id, id, user_id, tracked_email_id, open_id, source, opened_at)"
                            + " values (?, ?, ?, ?, ?, 'RECIPIENT', now())";
            db.execute(insert, WORKSPACE, UUID.randomUUID(), SENDER, EMAIL, open);
            assertThatThrownBy(() -> db.execute(insert, WORKSPACE, UUID.randomUUID(), SENDER, EMAIL, open))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("notification_once_per_open");
            connection.rollback();
        }
    }
}
