package io.sightline.app.notification;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The event stream of API.md: {@code email-opened} for each counted open of the caller's own non-muted emails while their
 * notifications are on, and nothing else. "Nothing" is checked against a later open that does notify: once its event has
 * arrived, anything the earlier fetch would have raised has had its chance.
 */
@AppTest
class NotificationStreamIT {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    DatabaseBackdoor database;

    ApiClient api;
    Senders senders;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        senders = new Senders(api, database);
    }

    private static String unique(String subject) {
        return subject + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Waits for the sentinel's event and returns whether anything before it named the other email. */
    private static boolean namedBefore(EventStream stream, Senders.Tracked sentinel, Senders.Tracked other) {
        var events = stream.until(e -> e.trackedEmailId().equals(sentinel.id()), PATIENCE);
        return events.stream().anyMatch(e -> e.trackedEmailId().equals(other.id()));
    }

    @Test
    void the_senders_stream_receives_email_opened_naming_the_email() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), unique("Quarterly figures"));
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");

            Senders.open(port, email);

            var event = stream.next(PATIENCE);
            assertThat(event).as("an event within " + PATIENCE).isNotNull();
            assertThat(event.name()).isEqualTo("email-opened");
            assertThat(event.id()).isNotBlank();
            var data = event.json();
            assertThat(data.path("trackedEmailId").asString()).isEqualTo(email.id());
            assertThat(data.path("subject").asString()).isEqualTo(email.subject());
            assertThat(data.path("source").asString()).isEqualTo("RECIPIENT");
            assertThat(data.path("openedAt").asString()).isNotBlank();
        }
    }

    @Test
    void another_users_stream_receives_nothing_even_the_workspace_admins() {
        var team = senders.team();
        var members = senders.trackedEmail(team.memberToken(), unique("Members only"));
        var owners = senders.trackedEmail(team.owner().token(), unique("Owner's own"));
        try (var admin = new EventStream(port, team.owner().token(), null)) {
            Senders.open(port, members);
            Senders.open(port, owners);

            assertThat(namedBefore(admin, owners, members))
                    .as("the admin heard of the member's email")
                    .isFalse();
            assertThat(admin.next(Duration.ofMillis(500))).isNull();
        }
    }

    @Test
    void a_muted_email_raises_no_event_and_its_opens_still_count() {
        var team = senders.team();
        var muted = senders.trackedEmail(team.memberToken(), unique("Muted"));
        var sentinel = senders.trackedEmail(team.memberToken(), unique("Not muted"));
        assertThat(api.put("/api/v1/tracked-emails/" + muted.id() + "/mute", team.memberToken(), "")
                        .status())
                .isEqualTo(200);
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            Senders.open(port, muted);
            Senders.open(port, sentinel);

            assertThat(namedBefore(stream, sentinel, muted)).isFalse();
        }
        assertThat(api.get("/api/v1/tracked-emails/" + muted.id(), team.memberToken())
                        .json()
                        .path("openCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void scanner_fetches_raise_no_event() {
        var team = senders.team();
        var scanned = senders.trackedEmail(team.memberToken(), unique("Scanned"));
        var sentinel = senders.trackedEmail(team.memberToken(), unique("Read"));
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            Senders.fetch(port, "GET", scanned, "curl/8.5.0");
            Senders.fetch(port, "HEAD", scanned, Senders.READER);
            Senders.fetch(port, "GET", scanned, null);
            Senders.open(port, sentinel);

            assertThat(namedBefore(stream, sentinel, scanned)).isFalse();
        }
        assertThat(database.count("SELECT count(*) FROM email_open WHERE tracked_email_id = ?::uuid", scanned.id()))
                .as("the scanner fetches were recorded")
                .isEqualTo(3);
    }

    @Test
    void a_sender_with_notifications_off_gets_no_event_until_they_turn_them_on_again() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), unique("Quiet please"));
        var settings = api.patch("/api/v1/me/settings", team.memberToken(), json("notificationsEnabled", false));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            Senders.open(port, email);
            assertThat(stream.next(Duration.ofSeconds(2))).isNull();

            api.patch("/api/v1/me/settings", team.memberToken(), json("notificationsEnabled", true));
            Senders.open(port, email);

            var event = stream.next(PATIENCE);
            assertThat(event).isNotNull();
            assertThat(event.trackedEmailId()).isEqualTo(email.id());
            assertThat(stream.next(Duration.ofMillis(500)))
                    .as("only the second open notifies")
                    .isNull();
        }
        assertThat(database.count("SELECT count(*) FROM notification WHERE tracked_email_id = ?::uuid", email.id()))
                .isEqualTo(1);
    }

    @Test
    void reconnecting_with_last_event_id_delivers_the_missed_events() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), unique("While you were away"));
        String lastSeen;
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            Senders.open(port, email);
            lastSeen = stream.next(PATIENCE).id();
        }
        Senders.open(port, email);
        Senders.open(port, email);
        awaitNotifications(email, 3);

        try (var again = new EventStream(port, team.memberToken(), lastSeen)) {
            var first = again.next(PATIENCE);
            var second = again.next(PATIENCE);
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            assertThat(first.trackedEmailId()).isEqualTo(email.id());
            assertThat(second.trackedEmailId()).isEqualTo(email.id());
            assertThat(first.id()).isNotEqualTo(lastSeen).isNotEqualTo(second.id());
            assertThat(second.id()).isNotEqualTo(lastSeen);
            assertThat(again.next(Duration.ofMillis(500)))
                    .as("nothing replayed twice")
                    .isNull();
        }
    }

    @Test
    void another_users_last_event_id_replays_nothing() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), unique("Mine"));
        String membersId;
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            Senders.open(port, email);
            membersId = stream.next(PATIENCE).id();
        }
        Senders.open(port, email);
        awaitNotifications(email, 2);

        try (var admin = new EventStream(port, team.owner().token(), membersId)) {
            assertThat(admin.next(Duration.ofSeconds(1))).isNull();
        }
    }

    @Test
    void the_list_pages_the_callers_own_notifications_newest_first() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), unique("Listed"));
        for (int i = 0; i < 27; i++) {
            Senders.open(port, email);
        }
        awaitNotifications(email, 27);

        var first = api.get("/api/v1/notifications", team.memberToken()).json();
        assertThat(first.path("items").size()).isEqualTo(25);
        var top = first.path("items").get(0);
        assertThat(top.path("trackedEmailId").asString()).isEqualTo(email.id());
        assertThat(top.path("subject").asString()).isEqualTo(email.subject());
        assertThat(top.path("source").asString()).isEqualTo("RECIPIENT");
        assertThat(top.path("id").asString()).isNotBlank();
        assertThat(top.path("openedAt").asString()).isNotBlank();
        var cursor = first.path("nextCursor").asString();
        assertThat(cursor).isNotBlank();

        var second = api.get("/api/v1/notifications?cursor=" + cursor, team.memberToken())
                .json();
        assertThat(second.path("items").size()).isEqualTo(2);
        assertThat(second.path("nextCursor").isNull()).isTrue();

        assertThat(api.get("/api/v1/notifications", team.owner().token())
                        .json()
                        .path("items")
                        .size())
                .as("the admin sees none of the member's")
                .isZero();
        assertThat(api.get("/api/v1/notifications?cursor=nonsense", team.memberToken())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void the_stream_needs_a_token() {
        var response = api.get("/api/v1/notifications/stream", null);
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_listener_that_loses_its_database_connection_reconnects() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), unique("After the outage"));
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            database.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
                    NotificationListener.APPLICATION_NAME);

            Senders.open(port, email);
            var missed = stream.next(Duration.ofSeconds(3));
            if (missed == null) {
                // The open fell in the gap: a reconnecting client gets it back through Last-Event-ID.
                awaitListening();
                Senders.open(port, email);
                missed = stream.next(PATIENCE);
            }
            assertThat(missed).as("an event after the listener reconnected").isNotNull();
            assertThat(missed.trackedEmailId()).isEqualTo(email.id());
        }
    }

    private void awaitListening() {
        var deadline = System.currentTimeMillis() + PATIENCE.toMillis();
        while (System.currentTimeMillis() < deadline
                && database.count(
                                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND query ILIKE 'LISTEN%'",
                                NotificationListener.APPLICATION_NAME)
                        == 0) {
            sleep(100);
        }
    }

    private void awaitNotifications(Senders.Tracked email, int count) {
        var deadline = System.currentTimeMillis() + PATIENCE.toMillis();
        while (System.currentTimeMillis() < deadline
                && database.count("SELECT count(*) FROM notification WHERE tracked_email_id = ?::uuid", email.id())
                        < count) {
            sleep(50);
        }
        assertThat(database.count("SELECT count(*) FROM notification WHERE tracked_email_id = ?::uuid", email.id()))
                .isEqualTo(count);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
