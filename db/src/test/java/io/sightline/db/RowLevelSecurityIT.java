package io.sightline.db;

import static io.sightline.db.jooq.Tables.APP_USER;
import static io.sightline.db.jooq.Tables.USER_EMAIL;
import static io.sightline.db.jooq.Tables.WORKSPACE;
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

/** The database itself keeps workspaces apart, whatever the application's queries say. */
class RowLevelSecurityIT {

    static final UUID WORKSPACE_A = UUID.randomUUID();
    static final UUID USER_A = UUID.randomUUID();
    static final UUID WORKSPACE_B = UUID.randomUUID();
    static final UUID USER_B = UUID.randomUUID();

    @BeforeAll
    static void twoWorkspaces() throws Exception {
        TestDatabase.get();
        insertWorkspace(WORKSPACE_A, USER_A, "alpha-" + WORKSPACE_A.toString().substring(0, 8));
        insertWorkspace(WORKSPACE_B, USER_B, "beta-" + WORKSPACE_B.toString().substring(0, 8));
    }

    private static void insertWorkspace(UUID workspace, UUID user, String slug) throws SQLException {
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            TestDatabase.insertWorkspaceWithOwner(actingAs(connection, workspace, user), workspace, user, slug);
            connection.commit();
        }
    }

    private static DSLContext actingAs(Connection connection, UUID workspace, UUID user) {
        return TestDatabase.actingAs(connection, workspace, user);
    }

    private static Boolean bool(DSLContext db, String sql, Object... bindings) {
        return db.fetchSingle(sql, bindings).get(0, Boolean.class);
    }

    @Test
    void the_app_role_is_neither_superuser_nor_owner_nor_exempt() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            var role = db.fetchSingle("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
            assertThat(role.get(0, Boolean.class)).isFalse();
            assertThat(role.get(1, Boolean.class)).isFalse();
            var owned = db.fetchSingle(
                            "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
                    .get(0, Integer.class);
            assertThat(owned).isZero();
            var unforced = db.fetchValues(
                    "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'"
                            + " and relname in ('workspace', 'app_user', 'user_email')"
                            + " and not (relrowsecurity and relforcerowsecurity)");
            assertThat(unforced).isEmpty();
        }
    }

    @Test
    void a_connection_acting_for_one_workspace_sees_only_its_rows() throws SQLException {
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = actingAs(connection, WORKSPACE_A, USER_A);

            assertThat(db.fetch(WORKSPACE).getValues(WORKSPACE.ID)).containsExactly(WORKSPACE_A);
            assertThat(db.fetch(APP_USER).getValues(APP_USER.ID)).containsExactly(USER_A);
            assertThat(db.fetch(USER_EMAIL).getValues(USER_EMAIL.USER_ID)).containsExactly(USER_A);
            assertThat(db.fetchCount(APP_USER, APP_USER.WORKSPACE_ID.eq(WORKSPACE_B)))
                    .isZero();
            connection.rollback();
        }
    }

    @Test
    void a_connection_with_no_actor_sees_nothing() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(db.fetchCount(WORKSPACE)).isZero();
            assertThat(db.fetchCount(APP_USER)).isZero();
            assertThat(db.fetchCount(USER_EMAIL)).isZero();
        }
    }

    @Test
    void a_connection_acting_for_one_workspace_can_neither_write_nor_change_anothers_rows() throws SQLException {
        try (var connection = TestDatabase.app()) {
            connection.setAutoCommit(false);
            var db = actingAs(connection, WORKSPACE_A, USER_A);

            var renamed = db.update(APP_USER)
                    .set(APP_USER.NAME, "hijacked")
                    .where(APP_USER.WORKSPACE_ID.eq(WORKSPACE_B))
                    .execute();
            assertThat(renamed).isZero();
            assertThatThrownBy(() -> db.insertInto(APP_USER)
                            .set(APP_USER.WORKSPACE_ID, WORKSPACE_B)
                            .set(APP_USER.ID, UUID.randomUUID())
                            .set(APP_USER.EMAIL, "intruder@example.com")
                            .set(APP_USER.NAME, "Intruder")
                            .set(APP_USER.PASSWORD_HASH, "{noop}x")
                            .set(APP_USER.ROLE, "ADMIN")
                            .execute())
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    @Test
    void sign_in_finds_an_account_of_any_workspace_through_the_narrow_function_only() throws SQLException {
        try (var connection = TestDatabase.app()) {
            var db = DSL.using(connection, SQLDialect.POSTGRES);
            var slug = "beta-" + WORKSPACE_B.toString().substring(0, 8);
            var account = db.fetchOne("select * from sightline_login_account(?)", slug.toUpperCase() + "@EXAMPLE.COM");
            assertThat(account).isNotNull();
            assertThat(account.get("workspace_id", UUID.class)).isEqualTo(WORKSPACE_B);
            assertThat(bool(db, "select sightline_email_taken(?)", slug + "@example.com"))
                    .isTrue();
            assertThat(bool(db, "select sightline_slug_taken(?)", slug)).isTrue();
            assertThat(bool(db, "select sightline_slug_taken(?)", "nobody-has-this"))
                    .isFalse();
        }
    }
}
