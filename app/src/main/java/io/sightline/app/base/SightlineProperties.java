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
 */
@ConfigurationProperties("sightline")
public record SightlineProperties(Path dataDir, URI publicBaseUrl, Security security) {

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
            @DefaultValue("15m") Duration failureWindow) {}
}
