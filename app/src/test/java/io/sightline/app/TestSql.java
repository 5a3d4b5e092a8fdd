package io.sightline.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;

/** Changes the running app's database behind its back, as the schema owner: for states tests can't wait for (expiry). */
public final class TestSql {

    private final EmbeddedPostgres postgres;

    public TestSql(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public int update(String sql, Object... parameters) {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Object single(String sql, Object... parameters) {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
