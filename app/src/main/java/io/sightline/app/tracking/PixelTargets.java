package io.sightline.app.tracking;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.sightline.db.base.AccessChanged;
import io.sightline.db.tracking.PixelService;
import io.sightline.db.tracking.PixelTarget;
import io.sightline.db.workspace.PlanChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The pixel's read side, cached so the hot path rarely touches the database: token to tracked email (immutable, so kept
 * long; unknown tokens briefly, so a flood of garbage can't hammer the database), whether a workspace records opens
 * (seconds: a downgrade or suspension takes hold almost at once), and a workspace's member networks.
 */
@Component
public class PixelTargets {

    static final Duration NEARBY_WINDOW = Duration.ofDays(30);

    private final LoadingCache<String, Optional<PixelTarget>> targets;
    private final LoadingCache<UUID, Boolean> entitled;
    private final LoadingCache<UUID, Set<String>> networks;

    PixelTargets(PixelService pixels, TrackingProperties properties) {
        this.targets = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfter(new com.github.benmanes.caffeine.cache.Expiry<String, Optional<PixelTarget>>() {
                    @Override
                    public long expireAfterCreate(String key, Optional<PixelTarget> value, long now) {
                        return (value.isPresent() ? Duration.ofHours(1) : Duration.ofSeconds(10)).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Optional<PixelTarget> value, long now, long left) {
                        return expireAfterCreate(key, value, now);
                    }

                    @Override
                    public long expireAfterRead(String key, Optional<PixelTarget> value, long now, long left) {
                        return left;
                    }
                })
                .build(pixels::find);
        this.entitled = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.entitlementTtl())
                .build(pixels::recordsOpens);
        this.networks = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.networksTtl())
                .build(workspace ->
                        pixels.memberNetworks(workspace, Instant.now().minus(NEARBY_WINDOW)));
    }

    public Optional<PixelTarget> find(String token) {
        return targets.get(token);
    }

    public boolean recordsOpens(UUID workspaceId) {
        return entitled.get(workspaceId);
    }

    public Set<String> memberNetworks(UUID workspaceId) {
        return networks.get(workspaceId);
    }

    /** Forget what is cached of a workspace (its plan or status changed, or a member came from a new network). */
    public void forget(UUID workspaceId) {
        entitled.invalidate(workspaceId);
        networks.invalidate(workspaceId);
    }

    /** On this node a downgrade or suspension stops recording at once; other nodes follow within the TTL. */
    @TransactionalEventListener
    void planChanged(PlanChanged change) {
        forget(change.workspaceId());
    }

    @TransactionalEventListener
    void accessChanged(AccessChanged change) {
        if (change.userId() == null) {
            forget(change.workspaceId());
        }
    }
}
