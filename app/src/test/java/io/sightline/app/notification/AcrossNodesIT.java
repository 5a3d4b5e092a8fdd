package io.sightline.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import io.sightline.app.Workspaces;
import io.sightline.app.tracking.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two app nodes on one database: the test's own app, and a second one started as its own process against the same
 * PostgreSQL. An open recorded by either reaches an event stream held on the other, through LISTEN/NOTIFY; and the
 * sign-in rate limits count the attempts made on both.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcrossNodesIT {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    DatabaseBackdoor database;

    @Autowired
    EmbeddedPostgres postgres;

    AppProcess other;
    Senders senders;

    @BeforeAll
    void startTheOtherNode() throws Exception {
        var work = Files.createTempDirectory("sightline-second-node");
        other = new AppProcess(
                Map.of(
                        "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/sightline",
                        "SPRING_DATASOURCE_USERNAME", "sightline_app",
                        "SPRING_LIQUIBASE_USER", "postgres",
                        "SIGHTLINE_PIXEL_DB_USERNAME", "sightline_pixel",
                        "SIGHTLINE_DATA_DIR", work.resolve("data").toString()),
                work.resolve("app.log"));
        other.start();
    }

    @AfterAll
    void stopTheOtherNode() throws Exception {
        if (other != null) {
            other.close();
        }
    }

    @BeforeEach
    void connect() {
        senders = new Senders(new ApiClient(port), database);
    }

    @Test
    void an_open_recorded_by_one_node_reaches_a_stream_held_on_the_other() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), "Across nodes");
        try (var stream = new EventStream(other.port(), team.memberToken(), null)) {
            Senders.open(port, email);

            var event = stream.next(PATIENCE);
            assertThat(event).as("the other node's stream got the event").isNotNull();
            assertThat(event.name()).isEqualTo("email-opened");
            assertThat(event.trackedEmailId()).isEqualTo(email.id());
        }
    }

    @Test
    void and_the_other_way_round() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), "Back again");
        try (var stream = new EventStream(port, team.memberToken(), null)) {
            Senders.open(other.port(), email);

            var event = stream.next(PATIENCE);
            assertThat(event)
                    .as("this node's stream got the other node's event")
                    .isNotNull();
            assertThat(event.trackedEmailId()).isEqualTo(email.id());
        }
    }

    @Test
    void failed_sign_ins_on_both_nodes_add_up_to_one_lockout() {
        var owner = new Workspaces(new ApiClient(port)).signUp();
        var nodes = List.of(new ApiClient(port), new ApiClient(other.port()));
        var wrong = ApiClient.json("email", owner.email(), "password", "not the password at all");
        for (int attempt = 0; attempt < 10; attempt++) {
            // Alternating nodes: neither sees more than 5 of the 10 failures by itself.
            var refused = nodes.get(attempt % 2).post("/api/v1/auth/token", null, wrong);
            assertThat(refused.status()).as("attempt %d", attempt + 1).isEqualTo(401);
        }

        var right = ApiClient.json("email", owner.email(), "password", Workspaces.PASSWORD);
        for (var node : nodes) {
            var locked = node.post("/api/v1/auth/token", null, right);
            assertThat(locked.status())
                    .as("locked on every node, even for the right password")
                    .isEqualTo(429);
        }
    }

    @Test
    void each_node_delivers_an_open_once_to_a_stream_and_never_to_another_user() {
        var team = senders.team();
        var email = senders.trackedEmail(team.memberToken(), "Only once");
        try (var here = new EventStream(port, team.memberToken(), null);
                var there = new EventStream(other.port(), team.memberToken(), null);
                var admin = new EventStream(other.port(), team.owner().token(), null)) {
            Senders.open(other.port(), email);

            assertThat(here.next(PATIENCE)).isNotNull();
            assertThat(there.next(PATIENCE)).isNotNull();
            assertThat(here.next(Duration.ofMillis(500))).isNull();
            assertThat(there.next(Duration.ofMillis(200))).isNull();
            assertThat(admin.next(Duration.ofMillis(200))).isNull();
        }
        assertThat(database.count("SELECT count(*) FROM notification WHERE tracked_email_id = ?::uuid", email.id()))
                .isEqualTo(1);
    }
}
