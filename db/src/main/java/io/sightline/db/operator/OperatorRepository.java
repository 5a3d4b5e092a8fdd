package io.sightline.db.operator;

import static io.sightline.db.jooq.Tables.APP_USER;
import static io.sightline.db.jooq.Tables.WORKSPACE;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.val;

import io.sightline.db.workspace.Plan;
import io.sightline.db.workspace.WorkspaceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** All SQL about operators and the operator's view of workspaces (the operator policies scope it). */
@Repository
public class OperatorRepository {

    private static final org.jooq.Field<Integer> USERS = field(
                    selectCount().from(APP_USER).where(APP_USER.WORKSPACE_ID.eq(WORKSPACE.ID)))
            .as("users");

    private final DSLContext db;

    public OperatorRepository(DSLContext db) {
        this.db = db;
    }

    /** Creates the operator, or sets its password; refuses an email that a workspace user has. */
    public UUID bootstrap(String email, String passwordHash) {
        return db.select(field("sightline_bootstrap_operator({0}, {1})", UUID.class, val(email), val(passwordHash)))
                .fetchSingle()
                .value1();
    }

    public Optional<OperatorLogin> findLogin(String email) {
        return db.select()
                .from("sightline_login_operator({0})", val(email))
                .fetchOptional()
                .map(r -> new OperatorLogin(
                        r.get("operator_id", UUID.class), email, r.get("password_hash", String.class)));
    }

    public boolean exists(UUID id) {
        return db.select(field("sightline_operator_exists({0})", Boolean.class, val(id)))
                .fetchSingle()
                .value1();
    }

    /** Newest first, after the (createdAt, id) of the cursor; {@code q} matches name or slug, case-insensitively. */
    public List<WorkspaceSummary> workspaces(String q, WorkspaceCursor after, int limit) {
        return db.select(WORKSPACE.asterisk(), USERS)
                .from(WORKSPACE)
                .where(matching(q))
                .and(
                        after == null
                                ? noCondition()
                                : row(WORKSPACE.CREATED_AT, WORKSPACE.ID).lt(after.createdAt(), after.id()))
                .orderBy(WORKSPACE.CREATED_AT.desc(), WORKSPACE.ID.desc())
                .limit(limit)
                .fetch(OperatorRepository::toSummary);
    }

    public Optional<WorkspaceSummary> workspace(UUID id) {
        return db.select(WORKSPACE.asterisk(), USERS)
                .from(WORKSPACE)
                .where(WORKSPACE.ID.eq(id))
                .fetchOptional(OperatorRepository::toSummary);
    }

    private static Condition matching(String q) {
        if (q == null || q.isBlank()) {
            return noCondition();
        }
        var pattern = "%"
                + q.strip()
                        .replace("\u0000", "")
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return WORKSPACE.NAME.likeIgnoreCase(pattern, '\\').or(WORKSPACE.SLUG.likeIgnoreCase(pattern, '\\'));
    }

    private static WorkspaceSummary toSummary(Record r) {
        return new WorkspaceSummary(
                r.get(WORKSPACE.ID),
                r.get(WORKSPACE.SLUG),
                r.get(WORKSPACE.NAME),
                Plan.valueOf(r.get(WORKSPACE.PLAN)),
                WorkspaceStatus.valueOf(r.get(WORKSPACE.STATUS)),
                r.get(USERS),
                r.get(WORKSPACE.CREATED_AT, Instant.class));
    }
}
