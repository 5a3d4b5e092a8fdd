package io.sightline.app.notification;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.DatabaseBackdoor;
import io.sightline.app.Workspaces;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A Business workspace with its owner and a member who sends tracked emails, and recipients who open them. */
final class Senders {

    static final String READER =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ApiClient api;
    private final DatabaseBackdoor database;

    Senders(ApiClient api, DatabaseBackdoor database) {
        this.api = api;
        this.database = database;
    }

    record Team(Workspaces.Owner owner, String memberId, String memberEmail, String memberToken) {}

    record Tracked(String id, String subject, String pixelPath) {}

    Team team() {
        var workspaces = new Workspaces(api);
        var owner = workspaces.signUp();
        database.setPlan(owner.workspaceId(), "BUSINESS");
        var email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var memberId = database.addUser(owner.workspaceId(), email, "MEMBER");
        return new Team(owner, memberId, email, workspaces.token(email, Workspaces.PASSWORD));
    }

    /** A tracked email created long enough ago that fetches of its pixel count as people's. */
    Tracked trackedEmail(String token, String subject) {
        var response = api.post(
                "/api/v1/tracked-emails", token, json("subject", subject, "recipients", List.of("ann@example.com")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var created = response.json();
        var id = created.path("id").asString();
        database.execute(
                "UPDATE tracked_email SET created_at = created_at - interval '1 minute' WHERE id = ?::uuid", id);
        database.execute(
                "UPDATE pixel_token SET created_at = created_at - interval '1 minute' WHERE tracked_email_id = ?::uuid",
                id);
        return new Tracked(
                id, subject, URI.create(created.path("pixelUrl").asString()).getPath());
    }

    /** A recipient's mail client showing the email's images, against the app on this port. */
    static void open(int port, Tracked email) {
        fetch(port, "GET", email, READER);
    }

    static void fetch(int port, String method, Tracked email, String userAgent) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + email.pixelPath()))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 250)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
