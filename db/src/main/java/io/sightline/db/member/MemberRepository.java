package io.sightline.db.member;

import static io.sightline.db.jooq.Tables.APP_USER;
import static io.sightline.db.jooq.Tables.USER_EMAIL;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import io.sightline.db.base.Role;
import io.sightline.db.workspace.WorkspaceStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** All SQL about users. Row-level security limits every statement to the acting workspace. */
@Repository
public class MemberRepository {

    private final DSLContext db;

    public MemberRepository(DSLContext db) {
        this.db = db;
    }

    public Member insert(NewMember member) {
        var inserted = db.insertInto(APP_USER)
                .set(APP_USER.WORKSPACE_ID, member.workspaceId())
                .set(APP_USER.ID, member.id())
                .set(APP_USER.EMAIL, member.email())
                .set(APP_USER.NAME, member.name())
                .set(APP_USER.PASSWORD_HASH, member.passwordHash())
                .set(APP_USER.ROLE, member.role().name())
                .set(APP_USER.OWNER, member.owner())
                .returning()
                .fetchSingle();
        db.insertInto(USER_EMAIL)
                .set(USER_EMAIL.EMAIL, member.email())
                .set(USER_EMAIL.WORKSPACE_ID, member.workspaceId())
                .set(USER_EMAIL.USER_ID, member.id())
                .execute();
        return Member.fromRecord(inserted);
    }

    public Optional<Member> findById(UUID workspaceId, UUID id) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.WORKSPACE_ID.eq(workspaceId))
                .and(APP_USER.ID.eq(id))
                .fetchOptional()
                .map(Member::fromRecord);
    }

    public Optional<Member> updateSettings(UUID workspaceId, UUID id, MemberSettings settings) {
        return db.update(APP_USER)
                .set(APP_USER.TRACK_BY_DEFAULT, settings.trackByDefault())
                .set(APP_USER.NOTIFICATIONS_ENABLED, settings.notificationsEnabled())
                .where(APP_USER.WORKSPACE_ID.eq(workspaceId))
                .and(APP_USER.ID.eq(id))
                .returning()
                .fetchOptional()
                .map(Member::fromRecord);
    }

    /** Everyone of the workspace, oldest first (the owner usually leads). */
    public List<Member> all(UUID workspaceId) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.WORKSPACE_ID.eq(workspaceId))
                .orderBy(APP_USER.CREATED_AT, APP_USER.ID)
                .fetch(Member::fromRecord);
    }

    public Member update(UUID workspaceId, UUID id, Role role, UserStatus status, boolean owner) {
        return Member.fromRecord(db.update(APP_USER)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.STATUS, status.name())
                .set(APP_USER.OWNER, owner)
                .where(APP_USER.WORKSPACE_ID.eq(workspaceId))
                .and(APP_USER.ID.eq(id))
                .returning()
                .fetchSingle());
    }

    /** Takes ownership away first: the one-owner index allows no moment with two owners. */
    public void clearOwner(UUID workspaceId, UUID id) {
        db.update(APP_USER)
                .set(APP_USER.OWNER, false)
                .where(APP_USER.WORKSPACE_ID.eq(workspaceId))
                .and(APP_USER.ID.eq(id))
                .execute();
    }

    public int activeAdmins(UUID workspaceId) {
        return db.fetchCount(
                APP_USER,
                APP_USER.WORKSPACE_ID
                        .eq(workspaceId)
                        .and(APP_USER.ROLE.eq(Role.ADMIN.name()))
                        .and(APP_USER.STATUS.eq(UserStatus.ACTIVE.name())));
    }

    /** Across all workspaces (a narrow SECURITY DEFINER function): an email has at most one account. */
    public boolean emailTaken(String email) {
        return db.select(field("sightline_email_taken({0})", Boolean.class, val(email)))
                .fetchSingle()
                .value1();
    }

    /** Across all workspaces (a narrow SECURITY DEFINER function): the account signing in with this email. */
    public Optional<LoginAccount> findLoginAccount(String email) {
        return db.select()
                .from("sightline_login_account({0})", val(email))
                .fetchOptional()
                .map(r -> toLoginAccount(email, r));
    }

    private static LoginAccount toLoginAccount(String email, Record r) {
        return new LoginAccount(
                r.get("user_id", UUID.class),
                r.get("workspace_id", UUID.class),
                email,
                r.get("password_hash", String.class),
                Role.valueOf(r.get("role", String.class)),
                r.get("owner", Boolean.class),
                UserStatus.valueOf(r.get("user_status", String.class)),
                WorkspaceStatus.valueOf(r.get("workspace_status", String.class)));
    }
}
