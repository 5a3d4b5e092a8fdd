package io.sightline.db.invitation;

import static io.sightline.db.jooq.Tables.INVITATION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import io.sightline.db.base.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/** All SQL about invitations. Expiry is judged by the database clock, the same one that set it. */
@Repository
public class InvitationRepository {

    private static final Field<Instant> NOW = field("now()", Instant.class);
    private static final Field<Instant> IN_SEVEN_DAYS = field("now() + interval '7 days'", Instant.class);

    private final DSLContext db;

    public InvitationRepository(DSLContext db) {
        this.db = db;
    }

    public Invitation insert(UUID workspaceId, UUID id, String email, Role role, byte[] tokenHash, UUID invitedBy) {
        return Invitation.fromRecord(db.insertInto(INVITATION)
                .set(INVITATION.WORKSPACE_ID, workspaceId)
                .set(INVITATION.ID, id)
                .set(INVITATION.EMAIL, email)
                .set(INVITATION.ROLE, role.name())
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.INVITED_BY, invitedBy)
                .set(INVITATION.EXPIRES_AT, IN_SEVEN_DAYS)
                .returning()
                .fetchSingle());
    }

    public List<Invitation> pending(UUID workspaceId) {
        return db.selectFrom(INVITATION)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(isPending())
                .orderBy(INVITATION.CREATED_AT.desc(), INVITATION.ID)
                .fetch(Invitation::fromRecord);
    }

    public Optional<Invitation> findPending(UUID workspaceId, UUID id) {
        return db.selectFrom(INVITATION)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(INVITATION.ID.eq(id))
                .and(isPending())
                .forUpdate()
                .fetchOptional()
                .map(Invitation::fromRecord);
    }

    public int revoke(UUID workspaceId, UUID id) {
        return db.update(INVITATION)
                .set(INVITATION.REVOKED_AT, NOW)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(INVITATION.ID.eq(id))
                .and(isPending())
                .execute();
    }

    /** Inviting an email again replaces its earlier invitation: only the newest link works. */
    public void revokePendingFor(UUID workspaceId, String email) {
        db.update(INVITATION)
                .set(INVITATION.REVOKED_AT, NOW)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(INVITATION.EMAIL.eq(email))
                .and(INVITATION.ACCEPTED_AT.isNull())
                .and(INVITATION.REVOKED_AT.isNull())
                .execute();
    }

    public Invitation renew(UUID workspaceId, UUID id, byte[] tokenHash) {
        return Invitation.fromRecord(db.update(INVITATION)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.EXPIRES_AT, IN_SEVEN_DAYS)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(INVITATION.ID.eq(id))
                .returning()
                .fetchSingle());
    }

    /** Across workspaces (a narrow SECURITY DEFINER function): which workspace a still-valid token belongs to. */
    public Optional<UUID> workspaceOf(byte[] tokenHash) {
        return db.select(field("sightline_invitation_workspace({0})", UUID.class, val(tokenHash)))
                .fetchOptional()
                .map(r -> r.value1());
    }

    /** The still-valid invitation of a token. */
    public Optional<Invitation> findValid(UUID workspaceId, byte[] tokenHash) {
        return db.selectFrom(INVITATION)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(INVITATION.TOKEN_HASH.eq(tokenHash))
                .and(isPending())
                .fetchOptional()
                .map(Invitation::fromRecord);
    }

    /** The same, locked until the transaction ends, so two accepts of one link can't both succeed. */
    public Optional<Invitation> lockValid(UUID workspaceId, byte[] tokenHash) {
        return db.selectFrom(INVITATION)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(INVITATION.TOKEN_HASH.eq(tokenHash))
                .and(isPending())
                .forUpdate()
                .fetchOptional()
                .map(Invitation::fromRecord);
    }

    public void markAccepted(UUID workspaceId, UUID id, UUID userId) {
        db.update(INVITATION)
                .set(INVITATION.ACCEPTED_AT, NOW)
                .set(INVITATION.ACCEPTED_BY, userId)
                .where(INVITATION.WORKSPACE_ID.eq(workspaceId))
                .and(INVITATION.ID.eq(id))
                .execute();
    }

    private static Condition isPending() {
        return INVITATION
                .ACCEPTED_AT
                .isNull()
                .and(INVITATION.REVOKED_AT.isNull())
                .and(INVITATION.EXPIRES_AT.gt(NOW));
    }
}
