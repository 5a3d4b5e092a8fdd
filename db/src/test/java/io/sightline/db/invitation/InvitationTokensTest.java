package io.sightline.db.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class InvitationTokensTest {

    @Test
    void tokens_carry_256_random_bits_in_url_safe_text() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var token = InvitationTokens.generate();
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(InvitationTokens.isWellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void the_stored_hash_is_sha256_and_differs_from_the_token() {
        var token = InvitationTokens.generate();

        assertThat(InvitationTokens.hash(token)).hasSize(32).isEqualTo(InvitationTokens.hash(token));
        assertThat(InvitationTokens.hash(token)).isNotEqualTo(InvitationTokens.hash(InvitationTokens.generate()));
    }

    @Test
    void anything_else_is_not_a_token() {
        for (var candidate :
                new String[] {null, "", "short", "A".repeat(44), "A".repeat(42) + "=", "../../etc/passwd"}) {
            assertThat(InvitationTokens.isWellFormed(candidate))
                    .as(String.valueOf(candidate))
                    .isFalse();
        }
    }
}
