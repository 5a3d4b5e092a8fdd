package io.sightline.app.base;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sightline's own settings; every default is in application.yaml and the README's configuration table.
 *
 * @param dataDir where the embedded PostgreSQL keeps its data (and, later, the pixel journal)
 * @param publicBaseUrl what links and pixel URLs start with; also the access tokens' issuer
 * @param security token, proxy and rate-limit settings
 * @param operator the platform operator bootstrapped at start-up (both unset: none)
 * @param mail how invitation mails are sent (SMTP itself is {@code spring.mail.*})
 */
@ConfigurationProperties("sightline")
public record SightlineProperties(Path dataDir, URI publicBaseUrl, Security security, Operator operator, Mail mail) {

    public SightlineProperties {
        operator = operator == null ? new Operator(null, null) : operator;
        mail = mail == null ? new Mail("Sightline <no-reply@localhost>") : mail;
    }

    /**
     * @param email the operator's sign-in email ({@code SIGHTLINE_OPERATOR_EMAIL})
     * @param password its password, set again at every start ({@code SIGHTLINE_OPERATOR_PASSWORD})
     */
    public record Operator(String email, String password) {

        public boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isEmpty();
        }
    }

    /** @param from the sender of invitation mails */
    public record Mail(
            @DefaultValue("Sightline <no-reply@localhost>") String from) {}

    public String baseUrl() {
        var url = publicBaseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * @param tokenTtl how long an access token lives
     * @param audience the audience our tokens carry and accepted tokens must carry
     * @param externalIssuerUri an OpenID issuer whose tokens are accepted as well (optional)
     * @param trustedProxies networks (CIDR) whose X-Forwarded-For is believed
     * @param signupsPerAddressPerHour sign-ups allowed from one client address in an hour
     * @param failuresPerAccount failed sign-ins on one account before it is locked for {@code failureWindow}
     * @param failuresPerAddress failed sign-ins from one address before it is locked for {@code failureWindow}
     * @param failureWindow how long failures are remembered
     * @param accountRecheck how long a token or UI session may act on what is known of its account before it is looked
     *     up again (deactivations and suspensions made on another node take at most this long to bite)
     */
    public record Security(
            @DefaultValue("15m") Duration tokenTtl,
            @DefaultValue("sightline-api") String audience,
            URI externalIssuerUri,

            @DefaultValue({"127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"})
            List<String> trustedProxies,

            @DefaultValue("10") int signupsPerAddressPerHour,
            @DefaultValue("10") int failuresPerAccount,
            @DefaultValue("50") int failuresPerAddress,
            @DefaultValue("15m") Duration failureWindow,
            @DefaultValue("30s") Duration accountRecheck) {}
}
