package io.sightline.db.workspace;

import static io.sightline.db.jooq.Tables.WORKSPACE;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** All SQL about workspaces. Row-level security limits every statement to the acting workspace. */
@Repository
public class WorkspaceRepository {

    private final DSLContext db;

    public WorkspaceRepository(DSLContext db) {
        this.db = db;
    }

    public Workspace insert(UUID id, String slug, String name) {
        return Workspace.fromRecord(db.insertInto(WORKSPACE)
                .set(WORKSPACE.ID, id)
                .set(WORKSPACE.SLUG, slug)
                .set(WORKSPACE.NAME, name)
                .returning()
                .fetchSingle());
    }

    public Optional<Workspace> findById(UUID id) {
        return db.selectFrom(WORKSPACE)
                .where(WORKSPACE.ID.eq(id))
                .fetchOptional()
                .map(Workspace::fromRecord);
    }

    /** Serialises changes to one workspace's people and plan until the transaction ends (e.g. two admins demoting each other). */
    public Optional<Workspace> lock(UUID id) {
        return db.selectFrom(WORKSPACE)
                .where(WORKSPACE.ID.eq(id))
                .forUpdate()
                .fetchOptional()
                .map(Workspace::fromRecord);
    }

    public Workspace updatePlan(UUID id, Plan plan) {
        return Workspace.fromRecord(db.update(WORKSPACE)
                .set(WORKSPACE.PLAN, plan.name())
                .set(WORKSPACE.PLAN_CHANGED_AT, currentInstant())
                .where(WORKSPACE.ID.eq(id))
                .returning()
                .fetchSingle());
    }

    public Workspace updateStatus(UUID id, WorkspaceStatus status) {
        return Workspace.fromRecord(db.update(WORKSPACE)
                .set(WORKSPACE.STATUS, status.name())
                .where(WORKSPACE.ID.eq(id))
                .returning()
                .fetchSingle());
    }

    /** Across all workspaces (a narrow SECURITY DEFINER function): sign-up must not take a slug someone has. */
    public boolean slugTaken(String slug) {
        return db.select(field("sightline_slug_taken({0})", Boolean.class, val(slug)))
                .fetchSingle()
                .value1();
    }
}
