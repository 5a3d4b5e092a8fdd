package io.sightline.app.tracking;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.DatabaseBackdoor;
import io.sightline.app.Workspaces;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class TrackedEmailApiIT {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseBackdoor database;

    ApiClient api;
    Workspaces workspaces;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        workspaces = new Workspaces(api);
    }

    private Workspaces.Owner professional() {
        var owner = workspaces.signUp();
        database.setPlan(owner.workspaceId(), "PROFESSIONAL");
        return owner;
    }

    private ApiClient.Response create(String token, String subject, String... recipients) {
        return api.post("/api/v1/tracked-emails", token, json("subject", subject, "recipients", List.of(recipients)));
    }

    @Test
    void a_basic_workspace_cannot_track_emails() {
        var owner = workspaces.signUp();

        var response = create(owner.token(), "Hello", "ann@example.com");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problem()).isEqualTo("plan-required");
        assertThat(api.get("/api/v1/tracked-emails", owner.token())
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void a_suspended_workspace_cannot_track_emails() {
        var owner = professional();
        database.setStatus(owner.workspaceId(), "SUSPENDED");

        var response = create(owner.token(), "Hello", "ann@example.com");

        assertThat(response.status()).isIn(401, 403);
    }

    @Test
    void creating_returns_the_pixel_url_and_a_ready_img_tag() {
        var owner = professional();

        var response = create(owner.token(), "Quarterly numbers", "ann@example.com", "Bob@Example.com");

        assertThat(response.status()).isEqualTo(201);
        var body = response.json();
        assertThat(body.path("id").asString()).isNotBlank();
        assertThat(body.path("subject").asString()).isEqualTo("Quarterly numbers");
        assertThat(body.path("recipients").toString()).isEqualTo("[\"ann@example.com\",\"Bob@Example.com\"]");
        assertThat(body.path("createdAt").asString()).endsWith("Z");
        var url = body.path("pixelUrl").asString();
        assertThat(url).matches("http://localhost:8080/t/[A-Za-z0-9_-]{43}\\.gif");
        var html = body.path("pixelHtml").asString();
        assertThat(html)
                .startsWith("<img ")
                .contains("src=\"" + url + "\"")
                .contains("width=\"1\"")
                .contains("height=\"1\"")
                .contains("alt=\"\"")
                .contains("border=\"0\"")
                .contains("display:block");
        var token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
        assertThat(database.count(
                        "SELECT count(*) FROM pixel_token WHERE token_hash = sha256(convert_to(?, 'UTF8'))", token))
                .as("the token is stored as its hash")
                .isEqualTo(1);
        assertThat(database.count(
                        "SELECT count(*) FROM pixel_token WHERE position(convert_to(?, 'UTF8') in token_hash) > 0",
                        token))
                .as("and never in the clear")
                .isZero();
    }

    @Test
    void invalid_emails_are_refused_field_by_field() {
        var owner = professional();

        var noSubject = create(owner.token(), " ", "ann@example.com");
        var longSubject = create(owner.token(), "x".repeat(201), "ann@example.com");
        var noRecipients = create(owner.token(), "Hi");
        var badRecipient = create(owner.token(), "Hi", "ann@example.com", "not-an-email");
        var tooMany = api.post(
                "/api/v1/tracked-emails",
                owner.token(),
                json(
                        "subject",
                        "Hi",
                        "recipients",
                        java.util.stream.IntStream.range(0, 51)
                                .mapToObj(i -> "r" + i + "@example.com")
                                .toList()));

        assertThat(noSubject.json().path("errors").findValuesAsString("field")).containsExactly("subject");
        assertThat(longSubject.json().path("errors").findValuesAsString("field"))
                .containsExactly("subject");
        assertThat(noRecipients.json().path("errors").findValuesAsString("field"))
                .containsExactly("recipients");
        assertThat(badRecipient.json().path("errors").findValuesAsString("field"))
                .containsExactly("recipients[1]");
        assertThat(tooMany.json().path("errors").findValuesAsString("field")).containsExactly("recipients");
        for (var response : List.of(noSubject, longSubject, noRecipients, badRecipient, tooMany)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.problem()).isEqualTo("validation");
        }
        assertThat(api.get("/api/v1/tracked-emails", owner.token())
                        .json()
                        .path("items")
                        .size())
                .isZero();
    }

    @Test
    void the_list_is_the_senders_own_newest_first_and_pages_by_cursor() {
        var owner = professional();
        for (int i = 1; i <= 5; i++) {
            assertThat(create(owner.token(), "Email " + i, "ann@example.com").status())
                    .isEqualTo(201);
        }
        var other = professional();
        create(other.token(), "Someone else's", "ann@example.com");

        var first = api.get("/api/v1/tracked-emails?limit=2", owner.token()).json();
        var second = api.get(
                        "/api/v1/tracked-emails?limit=2&cursor="
                                + first.path("nextCursor").asString(),
                        owner.token())
                .json();
        var third = api.get(
                        "/api/v1/tracked-emails?limit=2&cursor="
                                + second.path("nextCursor").asString(),
                        owner.token())
                .json();

        assertThat(first.path("items").findValuesAsString("subject")).containsExactly("Email 5", "Email 4");
        assertThat(second.path("items").findValuesAsString("subject")).containsExactly("Email 3", "Email 2");
        assertThat(third.path("items").findValuesAsString("subject")).containsExactly("Email 1");
        assertThat(third.path("nextCursor").isNull()).isTrue();
        var item = first.path("items").get(0);
        assertThat(item.path("status").asString()).isEqualTo("UNOPENED");
        assertThat(item.path("muted").asBoolean()).isFalse();
        assertThat(item.path("openCount").asInt()).isZero();
        assertThat(item.has("lastOpenedAt")).isTrue();
        assertThat(item.has("lastOpenSource")).isTrue();
    }

    @Test
    void the_list_filters_by_status_and_searches_subject_and_recipients() {
        var owner = professional();
        var muted = create(owner.token(), "Proposal for Acme", "carol@acme.example")
                .json()
                .path("id")
                .asString();
        create(owner.token(), "Lunch", "dave@example.com");
        api.put("/api/v1/tracked-emails/" + muted + "/mute", owner.token(), "");

        var mutedOnly =
                api.get("/api/v1/tracked-emails?status=muted", owner.token()).json();
        var unopened =
                api.get("/api/v1/tracked-emails?status=unopened", owner.token()).json();
        var opened =
                api.get("/api/v1/tracked-emails?status=opened", owner.token()).json();
        var bySubject =
                api.get("/api/v1/tracked-emails?q=PROPOSAL", owner.token()).json();
        var byRecipient =
                api.get("/api/v1/tracked-emails?q=dave@", owner.token()).json();
        var badStatus = api.get("/api/v1/tracked-emails?status=read", owner.token());
        var badLimit = api.get("/api/v1/tracked-emails?limit=101", owner.token());
        var badCursor = api.get("/api/v1/tracked-emails?cursor=garbage", owner.token());

        assertThat(mutedOnly.path("items").findValuesAsString("id")).containsExactly(muted);
        assertThat(unopened.path("items").size()).isEqualTo(2);
        assertThat(opened.path("items").size()).isZero();
        assertThat(bySubject.path("items").findValuesAsString("subject")).containsExactly("Proposal for Acme");
        assertThat(byRecipient.path("items").findValuesAsString("subject")).containsExactly("Lunch");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.problem()).isEqualTo("validation");
    }

    @Test
    void mute_and_unmute_change_only_the_mute_flag() {
        var owner = professional();
        var id =
                create(owner.token(), "Hi", "ann@example.com").json().path("id").asString();

        var muted = api.put("/api/v1/tracked-emails/" + id + "/mute", owner.token(), "");
        var unmuted = api.delete("/api/v1/tracked-emails/" + id + "/mute", owner.token());

        assertThat(muted.status()).isEqualTo(200);
        assertThat(muted.json().path("muted").asBoolean()).isTrue();
        assertThat(muted.json().path("status").asString()).isEqualTo("UNOPENED");
        assertThat(unmuted.json().path("muted").asBoolean()).isFalse();
    }

    @Test
    void nobody_but_the_sender_can_see_or_touch_a_tracked_email() {
        var owner = professional();
        var member = "member-" + UUID.randomUUID() + "@example.com";
        database.addUser(owner.workspaceId(), member, "MEMBER");
        var memberToken = workspaces.token(member, Workspaces.PASSWORD);
        var id = create(memberToken, "Member's secret", "ann@example.com")
                .json()
                .path("id")
                .asString();
        var secondMember = "member2-" + UUID.randomUUID() + "@example.com";
        database.addUser(owner.workspaceId(), secondMember, "MEMBER");
        var outsider = professional();

        for (var token :
                List.of(owner.token(), workspaces.token(secondMember, Workspaces.PASSWORD), outsider.token())) {
            assertThat(api.get("/api/v1/tracked-emails/" + id, token).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/tracked-emails/" + id + "/opens", token).status())
                    .isEqualTo(404);
            assertThat(api.put("/api/v1/tracked-emails/" + id + "/mute", token, "")
                            .status())
                    .isEqualTo(404);
            assertThat(api.delete("/api/v1/tracked-emails/" + id + "/mute", token)
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/tracked-emails", token).body())
                    .doesNotContain(id)
                    .doesNotContain("secret");
        }
        assertThat(api.get("/api/v1/tracked-emails/" + id, memberToken).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/tracked-emails/" + id, memberToken)
                        .json()
                        .path("muted")
                        .asBoolean())
                .as("the others' mute attempts changed nothing")
                .isFalse();
        assertThat(api.get("/api/v1/tracked-emails/not-a-uuid", memberToken).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/tracked-emails/" + UUID.randomUUID(), memberToken)
                        .status())
                .isEqualTo(404);
    }
}
