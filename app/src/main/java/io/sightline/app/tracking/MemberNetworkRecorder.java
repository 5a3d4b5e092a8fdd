package io.sightline.app.tracking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.sightline.db.base.Actor;
import io.sightline.db.tracking.TrackingService;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Remembers the (truncated) networks members use Sightline from — sign-in, API tokens, UI sessions — so that opens from
 * them read "You (or someone nearby)". Each workspace and network is written at most every few minutes per node.
 */
@Component
public class MemberNetworkRecorder {

    private static final Logger log = LoggerFactory.getLogger(MemberNetworkRecorder.class);

    private final TrackingService tracking;
    private final PixelTargets targets;
    private final Cache<String, Boolean> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    MemberNetworkRecorder(TrackingService tracking, PixelTargets targets) {
        this.tracking = tracking;
        this.targets = targets;
    }

    public void seen(Actor member, String clientAddress) {
        var network = Networks.truncate(clientAddress);
        if (network == null) {
            return;
        }
        var key = member.workspaceId() + " " + network;
        if (recent.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        try {
            tracking.memberSeenOn(member, network);
            targets.forget(member.workspaceId());
        } catch (RuntimeException e) {
            recent.invalidate(key);
            log.warn("Could not remember a member network: {}", e.getMessage());
        }
    }
}
