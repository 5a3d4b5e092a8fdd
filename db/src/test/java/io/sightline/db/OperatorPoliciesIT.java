package io.sightline.db;

import static io.sightline.db.jooq.Tables.APP_USER;
import static io.sightline.db.jooq.Tables.AUDIT_EVENT;
import static io.sightline.db.jooq.Tables.INVITATION;
import static io.sightline.db.jooq.Tables.OPERATOR;
import static io.sightline.db.jooq.Tables.USER_EMAIL;
import static io.sightline.db.jooq.Tables.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operator's reach in the database itself: workspaces and a read of users, and nothing else of any tenant. */
class OperatorPoliciesIT {

    static final UUID WORKSPACE_ID = UUID.randomUUID();
    static final UUID USER_ID = UUID.randomUUID();
    static UUID operatorId;

    @BeforeAll
    static void aWorkspaceAndAnOperator() throws Exception {
        TestDatabase.get();
        var slug = "ops-" + WORKSPACE_ID.toString().substring(0, 8);
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = TestDatabase.actingAs(connection, WORKSPACE_ID, USER_ID);
            TestDatabase.insertWorkspaceWithOwner(db, WORKSPACE_ID, USER_ID, slug);
            db.insertInto(INVITATION)
                    .set(INVITATION.WORKSPACE_ID, WORKSPACE_ID)
                    .set(INVITATION.ID, UUID.randomUUID())
                    .set(INVITATION.EMAIL, "invited-" + slug + "@example.com")
                    .set(INVITATION.ROLE, "MEMBER")
                    .set(INVITATION.TOKEN_HASH, new byte[32])
                    .set(INVITATION.INVITED_BY, USER_ID)
                    .set(INVITATION.EXPIRES_AT, java.time.Instant.now().plusSeconds(3600))
                    .execute();
            operatorId = db.fetchSingle(
                            "select sightline_bootstrap_operator(?, ?)", "ops-" + slug + "@sightline.test", "{noop}x")
                    .get(0, UUID.class);
            connection.commit();
        }
    }

    private static DSLContext asOperator(Connection connection, UUID operator) throws SQLException {
        connection.setAutoCommit(false);
        var db = DSL.using(connection, SQLDialect.POSTGRES);
        db.execute("select set_config('sightline.operator_id', ?, true)", operator.toString());
        return db;
    }

    @Test
    void an_operator_sees_every_workspace_and_its_users_but_no_other_tenant_rows() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = asOperator(connection, operatorId);

            assertThat(db.fetchCount(WORKSPACE, WORKSPACE.ID.eq(WORKSPACE_ID))).isOne();
            assertThat(db.fetchCount(APP_USER, APP_USER.WORKSPACE_ID.eq(WORKSPACE_ID)))
                    .isOne();
            assertThat(db.fetchCount(INVITATION)).isZero();
            assertThat(db.fetchCount(AUDIT_EVENT)).isZero();
            assertThat(db.fetchCount(USER_EMAIL)).isZero();
            assertThat(db.update(APP_USER).set(APP_USER.NAME, "renamed").execute())
                    .isZero();
            assertThat(db.fetch(OPERATOR).getValues(OPERATOR.ID)).containsExactly(operatorId);
            connection.rollback();
        }
    }

    @Test
    void only_workspace_app_user_audit_event_and_operator_have_operator_policies() throws SQLException {
        try (var connection = TestDatabase.owner()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            var tables = db.fetch("select distinct tablename::text from pg_policies where schemaname = 'public'"
                            + " and (coalesce(qual, '') || coalesce(with_check, '')) like '%sightline_operator()%'"
                            + " order by 1")
                    .getValues(0, String.class);
            // Tracking tables (tracked emails, opens, notifications) must never join this list.
            assertThat(tables).containsExactly("app_user", "audit_event", "operator", "workspace");
        }
    }

    @Test
    void the_operator_email_counts_as_taken_and_a_users_email_cant_become_the_operators() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            var slug = "ops-" + WORKSPACE_ID.toString().substring(0, 8);
            assertThat(db.fetchSingle("select sightline_email_taken(?)", "OPS-" + slug + "@sightline.test")
                            .get(0, Boolean.class))
                    .isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.fetchSingle(
                            "select sightline_bootstrap_operator(?, ?)", slug + "@example.com", "{noop}y"))
                    .hasMessageContaining("belongs to a workspace user");
        }
    }
}
