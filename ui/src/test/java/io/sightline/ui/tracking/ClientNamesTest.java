package io.sightline.ui.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientNamesTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36|Chrome on Windows",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Edg/124.0|Edge on Windows",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15|Safari on macOS",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148|Apple Mail on iPhone",
                "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0|Firefox on Linux",
                "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1|Thunderbird on Linux",
                "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17425; Pro)|Outlook on Windows",
                "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)|Google image proxy",
                "Mozilla/5.0|Unnamed client (bare Mozilla/5.0)",
                "curl/8.5.0|curl/8.5.0",
            })
    void a_user_agent_is_shortened_to_client_and_system(String userAgent, String expected) {
        assertThat(ClientNames.describe(userAgent)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads as No user agent")
    @CsvSource(value = {"''", "'   '"})
    void a_missing_user_agent_is_named_as_missing(String userAgent) {
        assertThat(ClientNames.describe(userAgent)).isEqualTo("No user agent");
        assertThat(ClientNames.describe(null)).isEqualTo("No user agent");
    }

    @org.junit.jupiter.api.Test
    void an_unknown_long_user_agent_is_cut_with_an_ellipsis() {
        var described = ClientNames.describe("SomeScanner/1.0 " + "x".repeat(100));

        assertThat(described).hasSize(48).endsWith("…").startsWith("SomeScanner/1.0");
    }
}
