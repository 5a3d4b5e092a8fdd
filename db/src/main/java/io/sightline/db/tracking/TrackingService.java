package io.sightline.db.tracking;

import io.sightline.db.base.Actor;
import io.sightline.db.base.ForbiddenException;
import io.sightline.db.base.NotFoundException;
import io.sightline.db.base.TenantScope;
import io.sightline.db.base.Violations;
import io.sightline.db.member.Emails;
import io.sightline.db.workspace.WorkspaceRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sender's tracked emails. Everything here is the sender's alone: any other user, admins included, is told the email
 * does not exist. Creating one needs a plan with tracking and a workspace that is not suspended.
 */
@Service
public class TrackingService {

    public static final int SUBJECT_MAX = 200;
    public static final int RECIPIENTS_MAX = 50;
    public static final int OPENS_SHOWN = 500;

    private final TrackingRepository tracking;
    private final WorkspaceRepository workspaces;
    private final TenantScope scope;

    public TrackingService(TrackingRepository tracking, WorkspaceRepository workspaces, TenantScope scope) {
        this.tracking = tracking;
        this.workspaces = workspaces;
        this.scope = scope;
    }

    @Transactional
    public CreatedTrackedEmail create(Actor sender, NewTrackedEmail request) {
        scope.enter(sender);
        var workspace = workspaces.findById(sender.workspaceId()).orElseThrow();
        if (!workspace.trackingEnabled()) {
            throw new ForbiddenException(
                    "plan-required",
                    "Email tracking comes with the Professional and Business plans. Ask an admin to upgrade.");
        }
        var clean = validate(request);
        var token = PixelTokens.generate();
        var email = tracking.insert(sender, UUID.randomUUID(), clean, PixelTokens.hash(token));
        return new CreatedTrackedEmail(email, token);
    }

    @Transactional(readOnly = true)
    public Page<TrackedEmail> list(Actor sender, TrackedEmailQuery query, int limit, String cursor) {
        scope.enter(sender);
        new Violations()
                .check(limit >= 1 && limit <= 100, "limit", "Use a limit from 1 to 100.")
                .throwIfAny();
        var after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        var rows = tracking.page(sender, query, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        var page = rows.subList(0, limit);
        var last = page.getLast();
        return new Page<>(List.copyOf(page), new Cursor(last.createdAt(), last.id()).encode());
    }

    /** For lazy grids: the rows at an offset of the filtered list (the grid scrolls; the API pages by cursor). */
    @Transactional(readOnly = true)
    public int count(Actor sender, TrackedEmailQuery query) {
        scope.enter(sender);
        return tracking.count(sender, query);
    }

    @Transactional(readOnly = true)
    public TrackedEmail get(Actor sender, UUID id) {
        scope.enter(sender);
        return tracking.find(sender, id).orElseThrow(TrackingService::notFound);
    }

    @Transactional(readOnly = true)
    public List<EmailOpen> opens(Actor sender, UUID id) {
        scope.enter(sender);
        tracking.find(sender, id).orElseThrow(TrackingService::notFound);
        return tracking.opens(sender, id, OPENS_SHOWN);
    }

    /** Muting stops notifications for this email only; its opens are still recorded and counted. */
    @Transactional
    public TrackedEmail setMuted(Actor sender, UUID id, boolean muted) {
        scope.enter(sender);
        return tracking.setMuted(sender, id, muted).orElseThrow(TrackingService::notFound);
    }

    /** Remembers that a member used Sightline from this truncated network, for "You (or someone nearby)". */
    @Transactional
    public void memberSeenOn(Actor member, String network) {
        scope.enter(member);
        tracking.touchNetwork(member, network, Instant.now());
    }

    private static NewTrackedEmail validate(NewTrackedEmail request) {
        var subject = request.subject() == null ? "" : request.subject().strip();
        var recipients = request.recipients() == null
                ? List.<String>of()
                : request.recipients().stream()
                        .map(r -> r == null ? "" : r.strip())
                        .toList();
        var messageId = request.messageId() == null || request.messageId().isBlank()
                ? null
                : request.messageId().strip();
        var violations = new Violations()
                .check(!subject.isEmpty(), "subject", "Enter the subject.")
                .check(subject.length() <= SUBJECT_MAX, "subject", "Use at most " + SUBJECT_MAX + " characters.")
                .check(!recipients.isEmpty(), "recipients", "Add at least one recipient.")
                .check(
                        recipients.size() <= RECIPIENTS_MAX,
                        "recipients",
                        "Track at most " + RECIPIENTS_MAX + " recipients per email.")
                .check(messageId == null || messageId.length() <= 998, "messageId", "Use at most 998 characters.");
        for (int i = 0; i < recipients.size(); i++) {
            violations.check(
                    Emails.isValid(recipients.get(i)),
                    "recipients[" + i + "]",
                    "'" + recipients.get(i) + "' is not a valid email address.");
        }
        violations.throwIfAny();
        return new NewTrackedEmail(subject, recipients, messageId, request.test());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No tracked email of yours has this id.");
    }
}
