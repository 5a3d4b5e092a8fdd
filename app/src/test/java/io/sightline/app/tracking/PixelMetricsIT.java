package io.sightline.app.tracking;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import io.sightline.app.Workspaces;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class PixelMetricsIT {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseBackdoor database;

    @Test
    void the_operator_reads_the_pixel_metrics_and_nobody_else_does() {
        var api = new ApiClient(port);
        var workspaces = new Workspaces(api);
        var owner = workspaces.signUp();
        database.setPlan(owner.workspaceId(), "PROFESSIONAL");
        var url = api.post(
                        "/api/v1/tracked-emails",
                        owner.token(),
                        json("subject", "Metrics", "recipients", List.of("a@example.com")))
                .json()
                .path("pixelUrl")
                .asString();
        api.get(url.substring(url.indexOf("/t/")), null);
        var operator = workspaces.token("operator@sightline.test", "operator passphrase for tests");

        var recorded = api.get("/actuator/metrics/sightline.pixel.opens.recorded", operator);
        var batches = api.get("/actuator/metrics/sightline.pixel.batch.size", operator);
        var depth = api.get("/actuator/metrics/sightline.pixel.queue.depth", operator);

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().path("measurements").get(0).path("value").asDouble())
                .isGreaterThanOrEqualTo(1);
        assertThat(batches.status()).isEqualTo(200);
        assertThat(depth.status()).isEqualTo(200);
        var commits = api.get("/actuator/metrics/sightline.pixel.batch.commit", operator);
        assertThat(commits.status()).isEqualTo(200);
        assertThat(commits.json().path("measurements").get(0).path("value").asDouble())
                .as("batches committed")
                .isGreaterThanOrEqualTo(1);
        assertThat(api.get("/actuator/metrics/sightline.pixel.opens.journaled", operator)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/actuator/metrics/sightline.pixel.opens.replayed", operator)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/actuator/metrics", owner.token()).status()).isEqualTo(403);
        assertThat(api.get("/actuator/metrics", null).status()).isEqualTo(401);
    }
}
