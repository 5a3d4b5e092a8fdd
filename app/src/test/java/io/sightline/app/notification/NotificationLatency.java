package io.sightline.app.notification;

import io.sightline.app.ApiClient;
import io.sightline.app.Workspaces;
import io.sightline.app.tracking.AppProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of ops/bench/notification-latency.sh (not a test): time from the pixel's answer to the {@code
 * email-opened} event on an event stream, over N opens one after another, with the stream on the node that recorded the
 * open and on another node of the same database. Starts its own PostgreSQL and two app processes.
 */
public final class NotificationLatency {

    public static void main(String[] args) throws Exception {
        var opens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        var work = Files.createTempDirectory("sightline-bench");
        var databasePort = AppProcess.freePort();
        try (var postgres = EmbeddedPostgres.builder()
                // Durable commits, as the app's own embedded server runs them.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setDataDirectory(work.resolve("postgres"))
                .setPort(databasePort)
                .start()) {
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE sightline");
                statement.execute("CREATE ROLE sightline_app LOGIN");
                statement.execute("CREATE ROLE sightline_pixel LOGIN");
            }
            try (var a = node(work, "a", databasePort);
                    var b = node(work, "b", databasePort)) {
                a.start();
                b.start();
                var api = new ApiClient(a.port());
                var owner = new Workspaces(api).signUp();
                sql(postgres, "UPDATE workspace SET plan = 'BUSINESS' WHERE id = '" + owner.workspaceId() + "'");
                var email = trackedEmail(api, postgres, owner.token());

                // A few hundred opens first, so both JVMs have warmed up what they measure.
                run("warm-up", a.port(), a.port(), owner.token(), email, Math.min(200, opens), false);
                run("one instance", a.port(), a.port(), owner.token(), email, opens, true);
                run("two instances", a.port(), b.port(), owner.token(), email, opens, true);
            }
        }
        System.exit(0);
    }

    private static AppProcess node(Path work, String name, int databasePort) throws java.io.IOException {
        var env = new HashMap<String, String>();
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + databasePort + "/sightline");
        env.put("SPRING_DATASOURCE_USERNAME", "sightline_app");
        env.put("SPRING_LIQUIBASE_USER", "postgres");
        env.put("SIGHTLINE_PIXEL_DB_USERNAME", "sightline_pixel");
        env.put("SIGHTLINE_DATA_DIR", work.resolve("data-" + name).toString());
        return new AppProcess(Map.copyOf(env), work.resolve("app-" + name + ".log"));
    }

    private static Senders.Tracked trackedEmail(ApiClient api, EmbeddedPostgres postgres, String token)
            throws SQLException {
        var created = api.post(
                        "/api/v1/tracked-emails",
                        token,
                        ApiClient.json("subject", "Benchmark", "recipients", List.of("ann@example.com")))
                .json();
        var id = created.path("id").asString();
        sql(postgres, "UPDATE tracked_email SET created_at = created_at - interval '1 minute' WHERE id = '" + id + "'");
        sql(
                postgres,
                "UPDATE pixel_token SET created_at = created_at - interval '1 minute' WHERE tracked_email_id = '" + id
                        + "'");
        return new Senders.Tracked(
                id, "Benchmark", URI.create(created.path("pixelUrl").asString()).getPath());
    }

    private static void run(
            String name, int pixelPort, int streamPort, String token, Senders.Tracked email, int opens, boolean print)
            throws Exception {
        var http = HttpClient.newHttpClient();
        var latencies = new ArrayList<Long>(opens);
        var missed = 0;
        try (var stream = new EventStream(streamPort, token, null)) {
            for (int i = 0; i < opens; i++) {
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + pixelPort + email.pixelPath()))
                        .header("User-Agent", Senders.READER)
                        .header("X-Forwarded-For", "192.0.2." + (1 + i % 250))
                        .build();
                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                var answered = System.nanoTime();
                var event = stream.next(Duration.ofSeconds(5));
                if (event == null) {
                    missed++;
                    continue;
                }
                latencies.add(Math.max(0, event.receivedNanos() - answered));
            }
        }
        if (print) {
            var sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(
                    "%-14s opens=%d events=%d missed=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
                    name,
                    opens,
                    sorted.length,
                    missed,
                    percentile(sorted, 50),
                    percentile(sorted, 99),
                    sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6);
        }
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        var index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static void sql(EmbeddedPostgres postgres, String statement) throws SQLException {
        try (var connection = postgres.getDatabase("postgres", "sightline").getConnection();
                var s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private NotificationLatency() {}
}
