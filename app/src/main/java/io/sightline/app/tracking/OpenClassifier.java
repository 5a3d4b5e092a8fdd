package io.sightline.app.tracking;

import io.sightline.db.tracking.OpenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Labels a pixel request with who (roughly) made it, so machines never pass for readers. The rules, first match wins:
 *
 * <ol>
 *   <li>{@code HEAD} requests, and requests without a user agent: {@link OpenSource#SECURITY_SCANNER}. Mail clients
 *       showing an image always {@code GET} it and always say who they are.
 *   <li>{@code GoogleImageProxy} from Google's networks: {@link OpenSource#GMAIL_PROXY} — Gmail fetches the image when a
 *       reader opens the email. The same user agent from elsewhere is a script pretending: a scanner.
 *   <li>A bare {@code Mozilla/5.0} from Apple's networks: {@link OpenSource#APPLE_PRIVACY_PROXY} — Mail Privacy
 *       Protection loads images in advance, whether or not anyone reads the email.
 *   <li>Crawlers, bots, link scanners, mail gateways, script or library clients (curl, python-requests, Java, Go,
 *       headless browsers), and a bare {@code Mozilla/5.0} from anywhere but Apple (no mail client sends only that):
 *       a scanner.
 *   <li>From a network (/24, /48) a member of the workspace used Sightline from in the last 30 days:
 *       {@link OpenSource#YOU_OR_SOMEONE_NEARBY}.
 *   <li>Within 2 seconds of the tracked email's creation, from anywhere else: a scanner — no person opens an email that
 *       fast, but gateways inspect it as it passes.
 *   <li>Anything else: {@link OpenSource#RECIPIENT}.
 * </ol>
 *
 * The network lists ship as data files ({@code tracking/*.txt}) with their source and date.
 */
@Component
public class OpenClassifier {

    static final Duration TOO_FAST = Duration.ofSeconds(2);

    private static final Pattern MACHINE = Pattern.compile(
            "bot\\b|bot/|crawler|spider|scanner|scan/|preview|headless|phantomjs|slurp|curl|wget|httpie|"
                    + "python|java[/\\s-]|okhttp|go-http-client|libwww|lwp::|node-fetch|axios|undici|ruby|"
                    + "php/|perl|apache-httpclient|http_request|postman|insomnia|powershell|winhttp|"
                    + "proofpoint|mimecast|barracuda|ironport|cisco|symantec|messagelabs|forcepoint|sophos|"
                    + "trend ?micro|fortinet|zscaler|paloalto|checkpoint|avanan|abnormal|microsoft office protocol|"
                    + "safelinks|urldefense|linkscanner|virustotal|facebookexternalhit|slackbot|discordbot|"
                    + "whatsapp|telegrambot|skypeuripreview|bingpreview|google-safety|googleother|yandex|baidu");

    private final NetworkList apple;
    private final NetworkList google;

    public OpenClassifier() {
        this(
                NetworkList.fromResource("/tracking/apple-mail-privacy-networks.txt"),
                NetworkList.fromResource("/tracking/google-image-proxy-networks.txt"));
    }

    OpenClassifier(NetworkList apple, NetworkList google) {
        this.apple = apple;
        this.google = google;
    }

    /** What is known of one pixel request. {@code memberNetworks} are the workspace's recent truncated networks. */
    public record Request(
            String method,
            String userAgent,
            String clientAddress,
            Instant at,
            Instant emailCreatedAt,
            Set<String> memberNetworks) {}

    /**
     * What the request itself says, before anything is known of the email: enough to label it later without keeping the
     * whole client address (only its network, and whether it lies in Apple's or Google's networks).
     */
    public record Observation(
            String method, String userAgent, String network, boolean fromApple, boolean fromGoogle, Instant at) {}

    public Observation observe(String method, String userAgent, String clientAddress, Instant at) {
        var address = Networks.parse(clientAddress);
        return new Observation(
                method,
                userAgent,
                Networks.truncate(clientAddress),
                apple.contains(address),
                google.contains(address),
                at);
    }

    public OpenSource classify(Request request) {
        return classify(
                observe(request.method(), request.userAgent(), request.clientAddress(), request.at()),
                request.emailCreatedAt(),
                request.memberNetworks());
    }

    public OpenSource classify(Observation seen, Instant emailCreatedAt, Set<String> memberNetworks) {
        var agent = seen.userAgent() == null ? "" : seen.userAgent().strip();
        if ("HEAD".equalsIgnoreCase(seen.method()) || agent.isEmpty()) {
            return OpenSource.SECURITY_SCANNER;
        }
        if (agent.contains("GoogleImageProxy")) {
            return seen.fromGoogle() ? OpenSource.GMAIL_PROXY : OpenSource.SECURITY_SCANNER;
        }
        if (agent.equals("Mozilla/5.0") && seen.fromApple()) {
            return OpenSource.APPLE_PRIVACY_PROXY;
        }
        if (agent.equals("Mozilla/5.0")
                || MACHINE.matcher(agent.toLowerCase(Locale.ROOT)).find()) {
            return OpenSource.SECURITY_SCANNER;
        }
        if (seen.network() != null && memberNetworks.contains(seen.network())) {
            return OpenSource.YOU_OR_SOMEONE_NEARBY;
        }
        if (emailCreatedAt != null
                && Duration.between(emailCreatedAt, seen.at()).compareTo(TOO_FAST) < 0) {
            return OpenSource.SECURITY_SCANNER;
        }
        return OpenSource.RECIPIENT;
    }
}
