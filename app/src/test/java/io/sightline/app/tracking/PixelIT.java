package io.sightline.app.tracking;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import io.sightline.app.Workspaces;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class PixelIT {

    static final String READER =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0";
    static final byte[] GIF = PixelFilter.GIF;

    @LocalServerPort
    int port;

    @Autowired
    DatabaseBackdoor database;

    ApiClient api;
    Workspaces workspaces;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        workspaces = new Workspaces(api);
    }

    record Tracked(String id, String token, String ownerToken, String workspaceId) {}

    private Tracked trackedEmail() {
        var owner = workspaces.signUp();
        database.setPlan(owner.workspaceId(), "BUSINESS");
        var created = api.post(
                        "/api/v1/tracked-emails",
                        owner.token(),
                        json("subject", "Pixel test", "recipients", List.of("ann@example.com")))
                .json();
        var url = created.path("pixelUrl").asString();
        var token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".gif".length());
        // Fetches in the first 2 seconds are labelled scanners; tests of people opening wait past that.
        database.execute(
                "UPDATE tracked_email SET created_at = created_at - interval '1 minute' WHERE id = ?::uuid",
                created.path("id").asString());
        database.execute(
                "UPDATE pixel_token SET created_at = created_at - interval '1 minute' WHERE tracked_email_id = ?::uuid",
                created.path("id").asString());
        return new Tracked(created.path("id").asString(), token, owner.token(), owner.workspaceId());
    }

    private HttpResponse<byte[]> fetch(String method, String rawPath, String userAgent) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", ApiClient.randomAddress())
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertIsThePixel(HttpResponse<byte[]> response, boolean withBody) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValue("no-store, no-cache, must-revalidate, max-age=0");
        assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        if (withBody) {
            assertThat(response.body()).isEqualTo(GIF);
        }
    }

    @Test
    void the_pixel_is_a_transparent_one_by_one_gif() {
        assertThat(new String(GIF, 0, 6, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("GIF89a");
        assertThat(GIF[6]).isEqualTo((byte) 1);
        assertThat(GIF[8]).isEqualTo((byte) 1);
    }

    @ParameterizedTest(name = "token {0}")
    @ValueSource(
            strings = {
                "unknown0000000000000000000000000000000000000",
                "x",
                "not%20a%20token",
                "%41%42%43",
                "%2F..%2F..%2Fetc%2Fpasswd",
                "%25%25%25",
                "a.b.c",
                "LONG"
            })
    void any_token_gets_the_gif_and_records_nothing(String token) {
        var path = "/t/" + (token.equals("LONG") ? "A".repeat(3000) : token) + ".gif";
        var before = database.count("SELECT count(*) FROM email_open");

        assertIsThePixel(fetch("GET", path, READER), true);
        assertIsThePixel(fetch("HEAD", path, READER), false);

        assertThat(database.count("SELECT count(*) FROM email_open")).isEqualTo(before);
    }

    @Test
    void each_view_of_a_known_token_increments_the_count() {
        var email = trackedEmail();

        for (int i = 0; i < 3; i++) {
            assertIsThePixel(fetch("GET", "/t/" + email.token() + ".gif", READER), true);
        }

        var tracked = api.get("/api/v1/tracked-emails/" + email.id(), email.ownerToken())
                .json();
        assertThat(tracked.path("openCount").asInt()).isEqualTo(3);
        assertThat(tracked.path("status").asString()).isEqualTo("OPENED");
        assertThat(tracked.path("lastOpenSource").asString()).isEqualTo("RECIPIENT");
        assertThat(tracked.path("lastOpenedAt").asString()).isNotBlank();
        var opens = api.get("/api/v1/tracked-emails/" + email.id() + "/opens", email.ownerToken())
                .json();
        assertThat(opens.path("items").size()).isEqualTo(3);
        var open = opens.path("items").get(0);
        assertThat(open.path("source").asString()).isEqualTo("RECIPIENT");
        assertThat(open.path("countsAsOpen").asBoolean()).isTrue();
        assertThat(open.path("userAgent").asString()).isEqualTo(READER);
        assertThat(open.path("network").asString()).matches("198\\.51\\.\\d+\\.0/24");
    }

    @Test
    void a_percent_encoded_known_token_still_counts() {
        var email = trackedEmail();
        var encoded = new StringBuilder();
        for (var c : email.token().toCharArray()) {
            encoded.append(String.format("%%%02X", (int) c));
        }

        assertIsThePixel(fetch("GET", "/t/" + encoded + ".gif", READER), true);

        assertThat(api.get("/api/v1/tracked-emails/" + email.id(), email.ownerToken())
                        .json()
                        .path("openCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void machine_fetches_are_kept_in_the_history_but_never_counted() {
        var email = trackedEmail();

        assertIsThePixel(fetch("HEAD", "/t/" + email.token() + ".gif", READER), false);
        assertIsThePixel(fetch("GET", "/t/" + email.token() + ".gif", null), true);
        assertIsThePixel(fetch("GET", "/t/" + email.token() + ".gif", "curl/8.5.0"), true);

        var tracked = api.get("/api/v1/tracked-emails/" + email.id(), email.ownerToken())
                .json();
        assertThat(tracked.path("openCount").asInt()).isZero();
        assertThat(tracked.path("status").asString()).isEqualTo("UNOPENED");
        var opens = api.get("/api/v1/tracked-emails/" + email.id() + "/opens", email.ownerToken())
                .json();
        assertThat(opens.path("items").findValuesAsString("source"))
                .containsOnly("SECURITY_SCANNER")
                .hasSize(3);
        assertThat(opens.path("items").findValues("countsAsOpen").stream().map(n -> n.asBoolean()))
                .containsOnly(false);
    }

    @Test
    void a_fetch_from_a_members_network_reads_you_or_someone_nearby() {
        var email = trackedEmail();
        var office = "203.0.113.41";
        assertThat(api.send(api.request("/api/v1/me", email.ownerToken(), office)
                                .GET())
                        .status())
                .isEqualTo(200);
        assertThat(database.count(
                        "SELECT count(*) FROM member_network WHERE workspace_id = ?::uuid AND network = '203.0.113.0/24'",
                        email.workspaceId()))
                .as("the member's network was noted")
                .isEqualTo(1);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/t/" + email.token() + ".gif"))
                .header("X-Forwarded-For", "203.0.113.200")
                .header("User-Agent", READER)
                .build();

        try {
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofByteArray())
                            .statusCode())
                    .isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        var tracked = api.get("/api/v1/tracked-emails/" + email.id(), email.ownerToken())
                .json();
        assertThat(tracked.path("lastOpenSource").asString()).isEqualTo("YOU_OR_SOMEONE_NEARBY");
        assertThat(tracked.path("openCount").asInt()).isEqualTo(1);
        assertThat(database.count(
                        "SELECT count(*) FROM email_open WHERE tracked_email_id = ?::uuid AND client_network = '203.0.113.0/24'",
                        email.id()))
                .as("stored as its /24")
                .isEqualTo(1);
        assertThat(database.count(
                        "SELECT count(*) FROM email_open WHERE tracked_email_id = ?::uuid AND client_network <> '203.0.113.0/24'",
                        email.id()))
                .as("never the whole address")
                .isZero();
    }

    @Test
    void after_a_downgrade_or_a_suspension_the_pixel_records_nothing_and_history_stays_readable() {
        var email = trackedEmail();
        fetch("GET", "/t/" + email.token() + ".gif", READER);
        var downgraded = api.put("/api/v1/admin/plan", email.ownerToken(), json("plan", "BASIC"));
        assertThat(downgraded.status()).isEqualTo(200);

        assertIsThePixel(fetch("GET", "/t/" + email.token() + ".gif", READER), true);

        var tracked = api.get("/api/v1/tracked-emails/" + email.id(), email.ownerToken());
        assertThat(tracked.status()).as("history stays readable").isEqualTo(200);
        assertThat(tracked.json().path("openCount").asInt()).isEqualTo(1);
        var refused = api.post(
                "/api/v1/tracked-emails", email.ownerToken(), json("subject", "New", "recipients", List.of("a@b.co")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problem()).isEqualTo("plan-required");

        assertThat(api.put("/api/v1/admin/plan", email.ownerToken(), json("plan", "BUSINESS"))
                        .status())
                .isEqualTo(200);
        assertIsThePixel(fetch("GET", "/t/" + email.token() + ".gif", READER), true);
        assertThat(database.count("SELECT open_count FROM tracked_email WHERE id = ?::uuid", email.id()))
                .as("upgraded again, it records again")
                .isEqualTo(2);

        var operator = workspaces.token("operator@sightline.test", "operator passphrase for tests");
        var suspended =
                api.patch("/api/v1/operator/workspaces/" + email.workspaceId(), operator, json("status", "SUSPENDED"));
        assertThat(suspended.status()).isEqualTo(200);
        assertIsThePixel(fetch("GET", "/t/" + email.token() + ".gif", READER), true);
        assertThat(database.count("SELECT open_count FROM tracked_email WHERE id = ?::uuid", email.id()))
                .as("a suspended workspace records nothing")
                .isEqualTo(2);
    }
}
