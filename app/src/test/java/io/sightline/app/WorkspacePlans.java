package io.sightline.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Sets a workspace's plan directly in the database, as the superuser (above row-level security), for tests that need
 * tracking before the plan admin API exists.
 */
public final class WorkspacePlans {

    private final EmbeddedPostgres postgres;

    public WorkspacePlans(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public void set(String workspaceId, String plan) {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var update = connection.prepareStatement(
                        "UPDATE workspace SET plan = ?, plan_changed_at = now() WHERE id = ?")) {
            update.setString(1, plan);
            update.setObject(2, UUID.fromString(workspaceId));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No workspace " + workspaceId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
