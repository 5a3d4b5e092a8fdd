package io.sightline.app.admin;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.TestMail;
import io.sightline.app.TestSql;
import io.sightline.app.Workspaces;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AppTest
class InvitationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgres postgres;

    ApiClient api;
    Workspaces workspaces;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        workspaces = new Workspaces(api);
    }

    static String freshEmail() {
        return "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void an_invitation_is_mailed_as_text_and_html_and_its_link_creates_the_account() throws Exception {
        var owner = workspaces.signUp();
        var email = freshEmail();

        var invited = api.post(
                "/api/v1/admin/invitations", owner.token(), json("email", email.toUpperCase(), "role", "ADMIN"));

        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        var body = invited.json();
        assertThat(body.path("email").asString()).isEqualTo(email);
        assertThat(body.path("role").asString()).isEqualTo("ADMIN");
        assertThat(body.path("id").asString()).isNotBlank();
        var expiresAt = Instant.parse(body.path("expiresAt").asString());
        assertThat(expiresAt)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(7)).plusSeconds(120));
        var mail = TestMail.awaitMailTo(email);
        assertThat(mail.getSubject()).contains("invited you to");
        assertThat(mail.isMimeType("multipart/*")).isTrue();
        assertThat(TestMail.part(mail, "text/html"))
                .contains("href=\"" + body.path("acceptUrl").asString() + "\"");
        var link = TestMail.linkIn(mail);
        assertThat(link).isEqualTo(body.path("acceptUrl").asString());
        var token = Workspaces.tokenOf(link);
        assertThat(Base64.getUrlDecoder().decode(token)).hasSizeGreaterThanOrEqualTo(16);

        var accepted = api.post(
                Workspaces.acceptPath(link), null, json("name", "Ines Invited", "password", Workspaces.PASSWORD));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        var user = accepted.json().path("user");
        assertThat(user.path("email").asString()).isEqualTo(email);
        assertThat(user.path("name").asString()).isEqualTo("Ines Invited");
        assertThat(user.path("role").asString()).isEqualTo("ADMIN");
        var me = api.get("/api/v1/me", workspaces.token(email, Workspaces.PASSWORD))
                .json();
        assertThat(me.path("workspace").path("id").asString()).isEqualTo(owner.workspaceId());
        assertThat(me.path("user").path("owner").asBoolean()).isFalse();
    }

    @Test
    void only_a_hash_of_the_token_is_stored() throws Exception {
        var owner = workspaces.signUp();
        var url = workspaces.invite(owner.token(), freshEmail(), "MEMBER");
        var token = Workspaces.tokenOf(url);
        var sql = new TestSql(postgres);

        var stored = (byte[]) sql.single(
                "select token_hash from invitation where workspace_id = ?", UUID.fromString(owner.workspaceId()));
        var everything = (String) sql.single(
                "select string_agg(i::text, ' ') from invitation i where workspace_id = ?",
                UUID.fromString(owner.workspaceId()));

        assertThat(stored)
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(everything).doesNotContain(token);
    }

    @Test
    void a_link_works_once_then_answers_404() {
        var owner = workspaces.signUp();
        var url = workspaces.invite(owner.token(), freshEmail(), "MEMBER");
        var body = json("name", "Once", "password", Workspaces.PASSWORD);

        assertThat(api.post(Workspaces.acceptPath(url), null, body).status()).isEqualTo(201);
        var again = api.post(Workspaces.acceptPath(url), null, body);

        assertThat(again.status()).isEqualTo(404);
        assertThat(again.problem()).isEqualTo("not-found");
        assertThat(api.get("/api/v1/admin/invitations", owner.token()).json().path("items"))
                .isEmpty();
    }

    @Test
    void an_expired_link_answers_404_and_creates_no_account() {
        var owner = workspaces.signUp();
        var email = freshEmail();
        var url = workspaces.invite(owner.token(), email, "MEMBER");
        new TestSql(postgres)
                .update(
                        "update invitation set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'"
                                + " where workspace_id = ?",
                        UUID.fromString(owner.workspaceId()));

        var accepted =
                api.post(Workspaces.acceptPath(url), null, json("name", "Late", "password", Workspaces.PASSWORD));

        assertThat(accepted.status()).isEqualTo(404);
        assertThat(accepted.problem()).isEqualTo("not-found");
        var signIn = api.post("/api/v1/auth/token", null, json("email", email, "password", Workspaces.PASSWORD));
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/admin/invitations", owner.token()).json().path("items"))
                .isEmpty();
    }

    @Test
    void a_revoked_link_answers_404_and_revoking_twice_or_across_workspaces_is_404() {
        var owner = workspaces.signUp();
        var other = workspaces.signUp();
        var email = freshEmail();
        var url = workspaces.invite(owner.token(), email, "MEMBER");
        var pending = api.get("/api/v1/admin/invitations", owner.token()).json().path("items");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).path("email").asString()).isEqualTo(email);
        var id = pending.get(0).path("id").asString();

        var fromOther = api.delete("/api/v1/admin/invitations/" + id, other.token());
        assertThat(fromOther.status()).isEqualTo(404);
        var revoked = api.delete("/api/v1/admin/invitations/" + id, owner.token());
        assertThat(revoked.status()).isEqualTo(204);
        var twice = api.delete("/api/v1/admin/invitations/" + id, owner.token());
        assertThat(twice.status()).isEqualTo(404);
        var malformed = api.delete("/api/v1/admin/invitations/nope", owner.token());
        assertThat(malformed.status()).isEqualTo(400);

        var accepted =
                api.post(Workspaces.acceptPath(url), null, json("name", "Revoked", "password", Workspaces.PASSWORD));
        assertThat(accepted.status()).isEqualTo(404);
    }

    @Test
    void inviting_an_email_again_replaces_the_earlier_link() {
        var owner = workspaces.signUp();
        var email = freshEmail();
        var first = workspaces.invite(owner.token(), email, "MEMBER");
        var second = workspaces.invite(owner.token(), email, "ADMIN");
        var body = json("name", "Twice", "password", Workspaces.PASSWORD);

        assertThat(api.post(Workspaces.acceptPath(first), null, body).status()).isEqualTo(404);
        var accepted = api.post(Workspaces.acceptPath(second), null, body);
        assertThat(accepted.json().path("user").path("role").asString()).isEqualTo("ADMIN");
    }

    @Test
    void renewing_gives_a_new_link_and_the_old_one_stops_working() {
        var owner = workspaces.signUp();
        var old = workspaces.invite(owner.token(), freshEmail(), "MEMBER");
        var id = api.get("/api/v1/admin/invitations", owner.token())
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();

        var renewed = api.post("/api/v1/admin/invitations/" + id + "/renew", owner.token(), "");
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        var fresh = renewed.json().path("acceptUrl").asString();
        var body = json("name", "Renewed", "password", Workspaces.PASSWORD);

        assertThat(fresh).isNotEqualTo(old);
        assertThat(api.post(Workspaces.acceptPath(old), null, body).status()).isEqualTo(404);
        assertThat(api.post(Workspaces.acceptPath(fresh), null, body).status()).isEqualTo(201);
    }

    @Test
    void inviting_an_email_that_has_an_account_anywhere_is_409_email_taken() {
        var owner = workspaces.signUp();
        var other = workspaces.signUp();

        for (var email : new String[] {owner.email(), other.email(), "OPERATOR@sightline.test"}) {
            var answer = api.post("/api/v1/admin/invitations", owner.token(), json("email", email, "role", "MEMBER"));
            assertThat(answer.status()).as(email).isEqualTo(409);
            assertThat(answer.problem()).isEqualTo("email-taken");
        }
        assertThat(api.get("/api/v1/admin/invitations", owner.token()).json().path("items"))
                .isEmpty();
    }

    @Test
    void invalid_emails_and_unknown_roles_get_400_and_nothing_is_sent() {
        var owner = workspaces.signUp();

        var badEmail =
                api.post("/api/v1/admin/invitations", owner.token(), json("email", "not-an-email", "role", "MEMBER"));
        var badRole =
                api.post("/api/v1/admin/invitations", owner.token(), json("email", freshEmail(), "role", "OWNER"));
        var noRole = api.post("/api/v1/admin/invitations", owner.token(), json("email", freshEmail()));

        for (var answer : new ApiClient.Response[] {badEmail, badRole, noRole}) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.problem()).isEqualTo("validation");
        }
        assertThat(badEmail.json().path("errors").get(0).path("field").asString())
                .isEqualTo("email");
        assertThat(badRole.json().path("errors").get(0).path("field").asString())
                .isEqualTo("role");
        assertThat(api.get("/api/v1/admin/invitations", owner.token()).json().path("items"))
                .isEmpty();
    }

    @Test
    void accepting_with_a_short_password_is_400_and_the_link_still_works() {
        var owner = workspaces.signUp();
        var url = workspaces.invite(owner.token(), freshEmail(), "MEMBER");

        var weak = api.post(Workspaces.acceptPath(url), null, json("name", "", "password", "short"));

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.problem()).isEqualTo("validation");
        assertThat(weak.json().path("errors")).hasSize(2);
        var control = api.post(
                Workspaces.acceptPath(url), null, json("name", "Null\u0000Byte", "password", Workspaces.PASSWORD));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.json().path("errors").get(0).path("field").asString())
                .isEqualTo("name");
        var good = api.post(Workspaces.acceptPath(url), null, json("name", "Fine", "password", Workspaces.PASSWORD));
        assertThat(good.status()).isEqualTo(201);
    }

    @Test
    void unknown_and_malformed_tokens_answer_404() {
        var body = json("name", "Nobody", "password", Workspaces.PASSWORD);

        var unknown = api.post("/api/v1/invitations/" + "A".repeat(43) + "/accept", null, body);
        var malformed = api.post("/api/v1/invitations/short/accept", null, body);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problem()).isEqualTo("not-found");
        assertThat(malformed.status()).isEqualTo(404);
    }
}
