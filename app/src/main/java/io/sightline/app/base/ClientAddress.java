package io.sightline.app.base;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The client's address: the connection's peer, or, only when that peer is a trusted proxy, the nearest untrusted hop of
 * {@code X-Forwarded-For}. Anyone can write that header, so it is believed only from our own proxies.
 */
@Component
public class ClientAddress {

    private final List<IpAddressMatcher> trusted;

    public ClientAddress(SightlineProperties properties) {
        this.trusted = properties.security().trustedProxies().stream()
                .map(IpAddressMatcher::new)
                .toList();
    }

    public String of(HttpServletRequest request) {
        var peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        var hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].strip();
            if (IpLiterals.parse(hop) == null) {
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(m -> m.matches(address));
    }
}
