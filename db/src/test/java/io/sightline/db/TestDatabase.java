package io.sightline.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

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

    private static int port() throws SQLException {
        try {
            return get().getPort();
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }
}
