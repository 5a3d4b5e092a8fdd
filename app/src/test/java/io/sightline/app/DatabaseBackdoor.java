package io.sightline.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Test-only superuser access to the app's embedded database, for arranging what the API can't yet do (or must never do)
 * and for reading what the app stored.
 */
@TestComponent
public class DatabaseBackdoor {

    private final EmbeddedPostgres postgres;

    public DatabaseBackdoor(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public void setPlan(String workspaceId, String plan) {
        execute("UPDATE workspace SET plan = ?, plan_changed_at = now() WHERE id = ?::uuid", plan, workspaceId);
    }

    public void setStatus(String workspaceId, String status) {
        execute("UPDATE workspace SET status = ? WHERE id = ?::uuid", status, workspaceId);
    }

    /** A second user in a workspace, with the standard test password; returns the user id. */
    public String addUser(String workspaceId, String email, String role) {
        var id = UUID.randomUUID().toString();
        var hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(Workspaces.PASSWORD);
        execute(
                "INSERT INTO app_user (workspace_id, id, email, name, password_hash, role) VALUES (?::uuid, ?::uuid, ?, ?, ?, ?)",
                workspaceId,
                id,
                email,
                "User " + email,
                hash,
                role);
        execute(
                "INSERT INTO user_email (email, workspace_id, user_id) VALUES (?, ?::uuid, ?::uuid)",
                email,
                workspaceId,
                id);
        return id;
    }

    public long count(String sql, Object... parameters) {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server setting as the running PostgreSQL reports it ({@code SHOW name}). */
    public String setting(String name) {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.prepareStatement("SELECT current_setting(?)")) {
            statement.setString(1, name);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql, Object... parameters) {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
