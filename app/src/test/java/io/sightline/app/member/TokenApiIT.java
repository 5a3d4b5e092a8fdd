package io.sightline.app.member;

import static io.sightline.app.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.sightline.app.ApiClient;
import io.sightline.app.AppTest;
import io.sightline.app.Workspaces;
import io.sightline.app.security.SigningKeyAccess;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

@AppTest
class TokenApiIT {

    @LocalServerPort
    int port;

    @Autowired
    SigningKeyAccess keys;

    ApiClient api;
    Workspaces workspaces;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        workspaces = new Workspaces(api);
    }

    @Test
    void the_right_password_gets_a_bearer_token_naming_user_workspace_and_role() {
        var owner = workspaces.signUp();

        var response =
                api.post("/api/v1/auth/token", null, json("email", owner.email(), "password", Workspaces.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(response.json().path("expiresIn").asLong()).isEqualTo(900);
        var token = response.json().path("accessToken").asString();
        var header =
                JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        var claims =
                JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        assertThat(claims.path("sub").asString()).isEqualTo(owner.userId());
        assertThat(claims.path("wid").asString()).isEqualTo(owner.workspaceId());
        assertThat(claims.path("roles").toString()).isEqualTo("[\"ADMIN\"]");
        assertThat(claims.path("aud").toString()).contains("sightline-api");
    }

    @Test
    void the_email_is_matched_whatever_its_case() {
        var owner = workspaces.signUp();

        var response = api.post(
                "/api/v1/auth/token",
                null,
                json("email", owner.email().toUpperCase(), "password", Workspaces.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_401() {
        var owner = workspaces.signUp();

        var wrong = api.post("/api/v1/auth/token", null, json("email", owner.email(), "password", "not the password!"));
        var unknown = api.post(
                "/api/v1/auth/token", null, json("email", "nobody-here@example.com", "password", Workspaces.PASSWORD));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.problem()).isEqualTo("bad-credentials");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.problem()).isEqualTo("bad-credentials");
        assertThat(unknown.json().path("detail").asString())
                .isEqualTo(wrong.json().path("detail").asString());
    }

    @Test
    void ten_failures_lock_the_account_even_for_the_right_password() {
        var owner = workspaces.signUp();
        for (int i = 0; i < 10; i++) {
            var failed =
                    api.post("/api/v1/auth/token", null, json("email", owner.email(), "password", "wrong guess " + i));
            assertThat(failed.status()).as("attempt %d", i + 1).isEqualTo(401);
        }

        var locked =
                api.post("/api/v1/auth/token", null, json("email", owner.email(), "password", Workspaces.PASSWORD));

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.problem()).isEqualTo("rate-limited");
    }

    @Test
    void an_unknown_email_is_locked_the_same_way_so_lockout_reveals_no_account() {
        var email = "ghost-" + System.nanoTime() + "@example.com";
        for (int i = 0; i < 10; i++) {
            api.post("/api/v1/auth/token", null, json("email", email, "password", "wrong guess " + i));
        }

        var locked = api.post("/api/v1/auth/token", null, json("email", email, "password", "another guess"));

        assertThat(locked.status()).isEqualTo(429);
    }

    @Test
    void a_missing_or_garbage_token_gets_a_401_problem() {
        var none = api.get("/api/v1/me", null);
        var garbage = api.get("/api/v1/me", "not-a-jwt");
        var tampered = api.get("/api/v1/me", workspaces.signUp().token() + "x");

        for (var response : List.of(none, garbage, tampered)) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        var owner = workspaces.signUp();
        var expired = keys.sign(claims(owner)
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build());

        assertThat(api.get("/api/v1/me", expired).status()).isEqualTo(401);
        var fresh = keys.sign(claims(owner).build());
        assertThat(api.get("/api/v1/me", fresh).status())
                .as("the same token, unexpired")
                .isEqualTo(200);
    }

    @Test
    void a_token_for_another_audience_or_issuer_or_key_is_refused() throws Exception {
        var owner = workspaces.signUp();

        var otherAudience = keys.sign(claims(owner).audience("another-api").build());
        var otherIssuer =
                keys.sign(claims(owner).issuer("https://issuer.invalid").build());
        var foreignKey = new RSAKeyGenerator(2048).generate();
        var otherKey =
                new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims(owner).build());
        otherKey.sign(new RSASSASigner(foreignKey));

        assertThat(api.get("/api/v1/me", otherAudience).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", otherIssuer).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", otherKey.serialize()).status()).isEqualTo(401);
    }

    @Test
    void the_jwks_publishes_the_public_key_only() {
        var response = api.get("/.well-known/jwks.json", null);

        assertThat(response.status()).isEqualTo(200);
        var key = response.json().path("keys").get(0);
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("alg").asString()).isEqualTo("RS256");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).as("no private exponent").isFalse();
    }

    @Test
    void settings_change_one_at_a_time() {
        var owner = workspaces.signUp();

        var changed = api.patch("/api/v1/me/settings", owner.token(), json("trackByDefault", false));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("trackByDefault").asBoolean()).isFalse();
        assertThat(changed.json().path("notificationsEnabled").asBoolean()).isTrue();
        var me = api.get("/api/v1/me", owner.token()).json();
        assertThat(me.path("settings").path("trackByDefault").asBoolean()).isFalse();
        var bad = api.patch("/api/v1/me/settings", owner.token(), "{\"trackByDefault\": \"sometimes\"}");
        assertThat(bad.status()).isEqualTo(400);
    }

    private JWTClaimsSet.Builder claims(Workspaces.Owner owner) {
        return new JWTClaimsSet.Builder()
                .issuer(keys.issuer())
                .audience("sightline-api")
                .subject(owner.userId())
                .claim("wid", owner.workspaceId())
                .claim("roles", List.of("ADMIN"))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }
}
