package io.sightline.app.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.Workspaces;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is ever lost. The production jar runs as its own process against a PostgreSQL this test owns, so
 * the test can stop the database under it, or kill the app with SIGKILL, in the middle of a stream of pixel requests.
 */
class DurabilityIT {

    Path work;
    int databasePort;
    EmbeddedPostgres postgres;
    AppProcess app;

    @BeforeEach
    void start() throws Exception {
        work = Files.createTempDirectory("sightline-durability");
        databasePort = AppProcess.freePort();
        postgres = startDatabase();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE sightline");
            statement.execute("CREATE ROLE sightline_app LOGIN");
            statement.execute("CREATE ROLE sightline_pixel LOGIN");
        }
        app = new AppProcess(environment(), work.resolve("app.log"));
        app.start();
    }

    private EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    private Map<String, String> environment() {
        var env = new HashMap<String, String>();
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + databasePort + "/sightline");
        env.put("SPRING_DATASOURCE_USERNAME", "sightline_app");
        env.put("SPRING_LIQUIBASE_USER", "postgres");
        env.put("SIGHTLINE_PIXEL_DB_USERNAME", "sightline_pixel");
        env.put("SIGHTLINE_DATA_DIR", work.resolve("data").toString());
        env.put("SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT", "2000");
        return env;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A tracked email of a Business workspace, created long enough ago that fetches count as people's. */
    private String pixelToken() throws SQLException {
        var api = new ApiClient(app.port());
        var owner = new Workspaces(api).signUp();
        execute("UPDATE workspace SET plan = 'BUSINESS' WHERE id = '" + owner.workspaceId() + "'");
        var created = api.post(
                        "/api/v1/tracked-emails",
                        owner.token(),
                        ApiClient.json("subject", "Durability", "recipients", List.of("ann@example.com")))
                .json();
        var url = created.path("pixelUrl").asString();
        execute("UPDATE pixel_token SET created_at = now() - interval '1 hour'");
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".gif".length());
    }

    @Test
    void opens_answered_while_postgres_is_down_are_all_stored_once_it_is_back() throws Exception {
        var token = pixelToken();
        try (var load = new PixelLoad(app.port(), token, 3_000)) {
            load.awaitAnswered(100, Duration.ofSeconds(60));
            postgres.close();
            postgres = null;
            var answeredBefore = load.answeredCount();
            load.awaitAnswered(answeredBefore + 100, Duration.ofSeconds(60));
            postgres = startDatabase();
            load.awaitAnswered(load.answeredCount() + 100, Duration.ofSeconds(60));
            load.close();

            assertEveryAnsweredOpenStoredOnce(load.answered(), Duration.ofSeconds(60));
        }
    }

    @Test
    void a_token_first_seen_while_postgres_is_down_is_resolved_and_recorded_once_it_is_back() throws Exception {
        var warm = pixelToken();
        var cold = pixelToken();
        try (var load = new PixelLoad(app.port(), warm, 200)) {
            load.awaitAnswered(20, Duration.ofSeconds(60));
        }
        postgres.close();
        postgres = null;
        var http = java.net.http.HttpClient.newHttpClient();
        var answered = 0;
        for (int i = 0; i < 15; i++) {
            var response = http.send(
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + app.port() + "/t/" + cold + ".gif"))
                            .header("User-Agent", COLD_READER + i)
                            .header("X-Forwarded-For", "198.51.100.7")
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200 && java.util.Arrays.equals(response.body(), PixelFilter.GIF)) {
                answered++;
            }
        }
        assertThat(answered).as("the pixel answers while the database is down").isEqualTo(15);
        postgres = startDatabase();

        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long stored = 0;
        while (System.nanoTime() < deadline) {
            stored = query("SELECT count(*) FROM email_open WHERE user_agent LIKE '" + COLD_READER + "%'");
            if (stored >= answered) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(stored).as("opens of a token first seen during the outage").isEqualTo(answered);
        assertThat(query("SELECT count(DISTINCT user_agent) FROM email_open WHERE user_agent LIKE '" + COLD_READER
                        + "%' AND source = 'RECIPIENT'"))
                .as("each labelled as the pixel would have")
                .isEqualTo(answered);
        assertThat(query("SELECT count(*) FROM email_open WHERE client_network = '198.51.100.0/24'"
                        + " AND user_agent LIKE '" + COLD_READER + "%'"))
                .as("stored truncated")
                .isEqualTo(answered);
    }

    static final String COLD_READER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Mail cold/";

    @Test
    void opens_answered_before_a_sigkill_are_all_there_after_the_restart_and_none_twice() throws Exception {
        var token = pixelToken();
        try (var load = new PixelLoad(app.port(), token, 3_000)) {
            load.awaitAnswered(300, Duration.ofSeconds(60));
            app.kill();
            load.close();
            app.start();

            assertEveryAnsweredOpenStoredOnce(load.answered(), Duration.ofSeconds(60));
        }
    }

    @Test
    void journaled_opens_survive_a_sigkill_and_are_replayed_at_start_up() throws Exception {
        var token = pixelToken();
        try (var load = new PixelLoad(app.port(), token, 3_000)) {
            load.awaitAnswered(50, Duration.ofSeconds(60));
            postgres.close();
            postgres = null;
            load.awaitAnswered(load.answeredCount() + 100, Duration.ofSeconds(60));
            app.kill();
            load.close();
            assertThat(journalFiles())
                    .as("the answered opens wait in the journal")
                    .isNotEmpty();
            postgres = startDatabase();
            app.start();

            assertEveryAnsweredOpenStoredOnce(load.answered(), Duration.ofSeconds(60));
            assertThat(journalFiles()).as("the journal is empty once replayed").isEmpty();
        }
    }

    private List<Path> journalFiles() throws IOException {
        try (var files = Files.list(work.resolve("data").resolve("journal"))) {
            return files.toList();
        }
    }

    private void assertEveryAnsweredOpenStoredOnce(List<Integer> answered, Duration limit) throws Exception {
        assertThat(answered).isNotEmpty();
        var deadline = System.nanoTime() + limit.toNanos();
        Map<Integer, Integer> stored = Map.of();
        while (System.nanoTime() < deadline) {
            stored = storedBySequence();
            if (stored.keySet().containsAll(answered)) {
                break;
            }
            Thread.sleep(250);
        }
        var missing = new ArrayList<>(answered);
        missing.removeAll(stored.keySet());
        assertThat(missing).as("answered opens missing from the database").isEmpty();
        assertThat(stored.entrySet().stream().filter(e -> e.getValue() > 1).toList())
                .as("opens stored twice")
                .isEmpty();
        var counted = query("SELECT sum(open_count) FROM tracked_email");
        assertThat(counted).as("the counter agrees with the rows").isEqualTo(stored.size());
    }

    private Map<Integer, Integer> storedBySequence() throws SQLException {
        var stored = new HashMap<Integer, Integer>();
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT user_agent, count(*) FROM email_open WHERE user_agent LIKE '"
                        + PixelLoad.AGENT + "%' GROUP BY user_agent")) {
            while (rows.next()) {
                var agent = rows.getString(1);
                stored.put(Integer.parseInt(agent.substring(PixelLoad.AGENT.length())), rows.getInt(2));
            }
        }
        return stored;
    }

    private long query(String sql) throws SQLException {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
