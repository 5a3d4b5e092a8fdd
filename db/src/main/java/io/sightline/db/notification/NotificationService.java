package io.sightline.db.notification;

import io.sightline.db.base.Actor;
import io.sightline.db.base.FieldViolation;
import io.sightline.db.base.Role;
import io.sightline.db.base.TenantScope;
import io.sightline.db.base.ValidationException;
import io.sightline.db.member.MemberRepository;
import io.sightline.db.tracking.OpenRecord;
import io.sightline.db.tracking.Page;
import io.sightline.db.tracking.TrackingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Someone opened your email". A notification is made for each counted open of a non-muted email whose sender has
 * notifications on, and is the sender's alone: nobody else, admins included, ever reads one.
 */
@Service
public class NotificationService {

    public static final int PAGE_SIZE = 25;
    public static final int REPLAY_MAX = 500;

    private final NotificationRepository notifications;
    private final TrackingRepository tracking;
    private final MemberRepository members;
    private final TenantScope scope;

    public NotificationService(
            NotificationRepository notifications,
            TrackingRepository tracking,
            MemberRepository members,
            TenantScope scope) {
        this.notifications = notifications;
        this.tracking = tracking;
        this.members = members;
        this.scope = scope;
    }

    /**
     * Turns freshly recorded opens into notifications, acting for each email's sender in turn, and announces each one to
     * every app node on commit. Opens that already have a notification are skipped, so a replay never notifies twice.
     */
    @Transactional
    public List<Delivery> notifyOpens(List<OpenRecord> opens) {
        var bySender = opens.stream()
                .filter(open -> open.source().countsAsOpen())
                .collect(Collectors.groupingBy(
                        open -> new Actor(open.workspaceId(), open.senderId(), Role.MEMBER),
                        LinkedHashMap::new,
                        Collectors.toList()));
        var deliveries = new ArrayList<Delivery>();
        bySender.forEach((sender, theirs) -> {
            // Row-level security reads only the user ids from the actor; the role plays no part here.
            scope.enter(sender);
            // Views went up whether or not anyone is notified: a list on the sender's screen shows the new count.
            theirs.stream()
                    .map(OpenRecord::trackedEmailId)
                    .distinct()
                    .forEach(email ->
                            notifications.announce(Delivery.emailOpened(sender.workspaceId(), sender.userId(), email)));
            var wantsThem = members.findById(sender.workspaceId(), sender.userId())
                    .map(m -> m.settings().notificationsEnabled())
                    .orElse(false);
            if (!wantsThem) {
                return;
            }
            var muted = new LinkedHashMap<UUID, Boolean>();
            for (var open : theirs) {
                var isMuted = muted.computeIfAbsent(
                        open.trackedEmailId(),
                        id -> tracking.find(sender, id)
                                .map(email -> email.muted())
                                .orElse(true));
                if (isMuted) {
                    continue;
                }
                notifications.insert(sender, open).ifPresent(id -> {
                    var delivery = Delivery.notification(sender.workspaceId(), sender.userId(), id);
                    notifications.announce(delivery);
                    deliveries.add(delivery);
                });
            }
        });
        return deliveries;
    }

    /** The caller's own notifications, newest first; the cursor is the id of the last one of the previous page. */
    @Transactional(readOnly = true)
    public Page<Notification> list(Actor recipient, String cursor) {
        scope.enter(recipient);
        var before = cursor == null || cursor.isBlank() ? null : parseId("cursor", cursor);
        var rows = notifications.page(recipient, before, PAGE_SIZE + 1);
        if (rows.size() <= PAGE_SIZE) {
            return new Page<>(rows, null);
        }
        var page = List.copyOf(rows.subList(0, PAGE_SIZE));
        return new Page<>(page, page.getLast().id().toString());
    }

    /** The most recent ones, for the bell. */
    @Transactional(readOnly = true)
    public List<Notification> recent(Actor recipient, int limit) {
        scope.enter(recipient);
        return notifications.page(recipient, null, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Notification> find(Actor recipient, UUID id) {
        scope.enter(recipient);
        return notifications.find(recipient, id);
    }

    /**
     * What a reconnecting stream missed: the caller's notifications after the one it saw last, oldest first. An id that
     * is not one of theirs yields nothing.
     */
    @Transactional(readOnly = true)
    public List<Notification> after(Actor recipient, String lastEventId) {
        scope.enter(recipient);
        var id = parseIdOrNull(lastEventId);
        return id == null ? List.of() : notifications.after(recipient, id, REPLAY_MAX);
    }

    @Transactional(readOnly = true)
    public int unreadCount(Actor recipient) {
        scope.enter(recipient);
        return notifications.unreadCount(recipient);
    }

    @Transactional
    public int markAllRead(Actor recipient) {
        scope.enter(recipient);
        return notifications.markAllRead(recipient, Instant.now());
    }

    private static UUID parseId(String field, String value) {
        var id = parseIdOrNull(value);
        if (id == null) {
            throw new ValidationException(
                    List.of(new FieldViolation(field, "Not a cursor this list gave out; start from the first page.")));
        }
        return id;
    }

    private static UUID parseIdOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
