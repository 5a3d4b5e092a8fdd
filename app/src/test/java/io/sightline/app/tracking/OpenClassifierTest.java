package io.sightline.app.tracking;

import static io.sightline.db.tracking.OpenSource.APPLE_PRIVACY_PROXY;
import static io.sightline.db.tracking.OpenSource.GMAIL_PROXY;
import static io.sightline.db.tracking.OpenSource.RECIPIENT;
import static io.sightline.db.tracking.OpenSource.SECURITY_SCANNER;
import static io.sightline.db.tracking.OpenSource.YOU_OR_SOMEONE_NEARBY;
import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.db.tracking.OpenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenClassifierTest {

    static final String THUNDERBIRD =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0";
    static final String OUTLOOK = "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)";
    static final String IPHONE_MAIL =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
    static final String GMAIL =
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)";
    static final String CHROME =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    static final Set<String> OFFICE = Set.of("203.0.113.0/24", "2001:db8:aa::/48");
    static final Instant CREATED = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant LATER = CREATED.plus(Duration.ofHours(3));
    static final Instant AT_ONCE = CREATED.plusMillis(800);

    final OpenClassifier classifier = new OpenClassifier();

    static Stream<Arguments> requests() {
        return Stream.of(
                // people reading
                Arguments.of("Thunderbird at home", "GET", THUNDERBIRD, "198.51.100.23", LATER, RECIPIENT),
                Arguments.of("Outlook over IPv6", "GET", OUTLOOK, "2001:db8:77:1::5", LATER, RECIPIENT),
                Arguments.of(
                        "iPhone Mail, privacy protection off", "GET", IPHONE_MAIL, "198.51.100.9", LATER, RECIPIENT),
                Arguments.of("webmail in Chrome", "GET", CHROME, "192.0.2.200", LATER, RECIPIENT),
                // Gmail's proxy fetching for a reader
                Arguments.of("Gmail image proxy", "GET", GMAIL, "66.249.84.12", LATER, GMAIL_PROXY),
                Arguments.of(
                        "Gmail image proxy over IPv6", "GET", GMAIL, "2a00:1450:4001:81b::2004", LATER, GMAIL_PROXY),
                Arguments.of("Gmail proxy even right after sending", "GET", GMAIL, "66.102.9.1", AT_ONCE, GMAIL_PROXY),
                Arguments.of(
                        "GoogleImageProxy claimed from elsewhere",
                        "GET",
                        GMAIL,
                        "198.51.100.23",
                        LATER,
                        SECURITY_SCANNER),
                // Apple Mail Privacy Protection
                Arguments.of(
                        "Apple privacy prefetch", "GET", "Mozilla/5.0", "17.58.101.4", AT_ONCE, APPLE_PRIVACY_PROXY),
                Arguments.of(
                        "Apple privacy prefetch over IPv6",
                        "GET",
                        "Mozilla/5.0",
                        "2620:149:a41::10",
                        LATER,
                        APPLE_PRIVACY_PROXY),
                Arguments.of(
                        "bare Mozilla/5.0 from elsewhere",
                        "GET",
                        "Mozilla/5.0",
                        "198.51.100.23",
                        LATER,
                        SECURITY_SCANNER),
                // the office: the sender, a coworker, someone nearby
                Arguments.of(
                        "from the office network", "GET", THUNDERBIRD, "203.0.113.77", LATER, YOU_OR_SOMEONE_NEARBY),
                Arguments.of(
                        "from the office over IPv6", "GET", CHROME, "2001:db8:aa:5::1", LATER, YOU_OR_SOMEONE_NEARBY),
                Arguments.of(
                        "the office right after sending",
                        "GET",
                        OUTLOOK,
                        "203.0.113.5",
                        AT_ONCE,
                        YOU_OR_SOMEONE_NEARBY),
                Arguments.of(
                        "IPv4-mapped office address",
                        "GET",
                        CHROME,
                        "::ffff:203.0.113.9",
                        LATER,
                        YOU_OR_SOMEONE_NEARBY),
                Arguments.of("a neighbouring office /24", "GET", CHROME, "203.0.114.9", LATER, RECIPIENT),
                // machines
                Arguments.of("HEAD request", "HEAD", THUNDERBIRD, "198.51.100.23", LATER, SECURITY_SCANNER),
                Arguments.of("no user agent", "GET", null, "198.51.100.23", LATER, SECURITY_SCANNER),
                Arguments.of("blank user agent", "GET", "   ", "2001:db8:77::1", LATER, SECURITY_SCANNER),
                Arguments.of("curl", "GET", "curl/8.5.0", "198.51.100.23", LATER, SECURITY_SCANNER),
                Arguments.of(
                        "python-requests", "GET", "python-requests/2.32.3", "198.51.100.23", LATER, SECURITY_SCANNER),
                Arguments.of(
                        "Java HttpClient", "GET", "Java-http-client/21.0.2", "198.51.100.23", LATER, SECURITY_SCANNER),
                Arguments.of("Go", "GET", "Go-http-client/1.1", "2001:db8:77::1", LATER, SECURITY_SCANNER),
                Arguments.of(
                        "a crawler",
                        "GET",
                        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                        "198.51.100.23",
                        LATER,
                        SECURITY_SCANNER),
                Arguments.of(
                        "a headless browser",
                        "GET",
                        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0 Safari/537.36",
                        "198.51.100.23",
                        LATER,
                        SECURITY_SCANNER),
                Arguments.of(
                        "a mail gateway",
                        "GET",
                        "Mozilla/5.0 (compatible; Barracuda Sentinel)",
                        "198.51.100.23",
                        LATER,
                        SECURITY_SCANNER),
                Arguments.of(
                        "a script in the office is still a script",
                        "GET",
                        "curl/8.5.0",
                        "203.0.113.77",
                        LATER,
                        SECURITY_SCANNER),
                Arguments.of(
                        "a browser fetch within 2 seconds", "GET", CHROME, "198.51.100.23", AT_ONCE, SECURITY_SCANNER),
                Arguments.of(
                        "an IPv6 fetch within 2 seconds",
                        "GET",
                        THUNDERBIRD,
                        "2001:db8:77::1",
                        AT_ONCE,
                        SECURITY_SCANNER),
                Arguments.of(
                        "just after 2 seconds", "GET", CHROME, "198.51.100.23", CREATED.plusMillis(2_100), RECIPIENT));
    }

    @ParameterizedTest(name = "{0} is {5}")
    @MethodSource("requests")
    void labels_each_request_by_who_made_it(
            String what, String method, String userAgent, String address, Instant at, OpenSource expected) {
        var source = classifier.classify(new OpenClassifier.Request(method, userAgent, address, at, CREATED, OFFICE));

        assertThat(source).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @MethodSource("truncations")
    void addresses_are_kept_only_as_their_network(String address, String network) {
        assertThat(Networks.truncate(address)).isEqualTo(network);
    }

    static Stream<Arguments> truncations() {
        return Stream.of(
                Arguments.of("198.51.100.23", "198.51.100.0/24"),
                Arguments.of("2001:db8:77:1::5", "2001:db8:77::/48"),
                Arguments.of("::ffff:203.0.113.9", "203.0.113.0/24"),
                Arguments.of("2a00:1450:4001:81b::2004", "2a00:1450:4001::/48"),
                Arguments.of("not-an-address", null),
                Arguments.of("example.com", null));
    }
}
