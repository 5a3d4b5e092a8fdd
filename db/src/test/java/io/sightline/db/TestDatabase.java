package io.sightline.db;

import static io.sightline.db.jooq.Tables.APP_USER;
import static io.sightline.db.jooq.Tables.USER_EMAIL;
import static io.sightline.db.jooq.Tables.WORKSPACE;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One real PostgreSQL for the data layer's tests, migrated by Liquibase as the superuser (the schema owner), with the
 * app's role able to log in, exactly as the app runs it.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {}

    public static synchronized EmbeddedPostgres get() throws IOException, SQLException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE ROLE sightline_app LOGIN NOSUPERUSER NOBYPASSRLS");
            }
            migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return postgres;
    }

    private static void migrate() throws SQLException {
        try (var connection = owner()) {
            var database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (var liquibase = new Liquibase(
                    "db/changelog/db.changelog-master.yaml", new ClassLoaderResourceAccessor(), database)) {
                liquibase.update("");
            }
        } catch (liquibase.exception.LiquibaseException e) {
            throw new SQLException("Migration failed", e);
        }
    }

    public static Connection owner() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/postgres", "postgres", "");
    }

    public static Connection app() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/postgres", "sightline_app", "");
    }

    /** A jOOQ context on the connection, acting (transaction-locally) as this user of this workspace. */
    public static DSLContext actingAs(Connection connection, UUID workspace, UUID user) {
        var db = DSL.using(connection, SQLDialect.POSTGRES);
        db.execute(
                "select set_config('sightline.workspace_id', ?, true), set_config('sightline.user_id', ?, true)",
                workspace.toString(),
                user.toString());
        return db;
    }

    /** A workspace with its owner (an admin, email {@code <slug>@example.com}), inserted as that owner. */
    public static void insertWorkspaceWithOwner(DSLContext db, UUID workspace, UUID owner, String slug) {
        db.insertInto(WORKSPACE)
                .set(WORKSPACE.ID, workspace)
                .set(WORKSPACE.SLUG, slug)
                .set(WORKSPACE.NAME, slug)
                .execute();
        db.insertInto(APP_USER)
                .set(APP_USER.WORKSPACE_ID, workspace)
                .set(APP_USER.ID, owner)
                .set(APP_USER.EMAIL, slug + "@example.com")
                .set(APP_USER.NAME, slug)
                .set(APP_USER.PASSWORD_HASH, "{noop}x")
                .set(APP_USER.ROLE, "ADMIN")
                .set(APP_USER.OWNER, true)
                .execute();
        db.insertInto(USER_EMAIL)
                .set(USER_EMAIL.EMAIL, slug + "@example.com")
                .set(USER_EMAIL.WORKSPACE_ID, workspace)
                .set(USER_EMAIL.USER_ID, owner)
                .execute();
    }

    private static int port() throws SQLException {
        try {
            return get().getPort();
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }
}
