package io.sightline.db.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The data side of the pixel: token look-up, entitlement, the workspace's member networks, and recording batches of
 * opens. It runs on the pixel role's own connections and manages its own short transactions (one per batch), so the
 * web app's transaction manager is not involved.
 */
@Service
public class PixelService {

    private final PixelRepository pixels;

    public PixelService(PixelRepository pixels) {
        this.pixels = pixels;
    }

    public Optional<PixelTarget> find(String token) {
        return PixelTokens.plausible(token) ? pixels.findByTokenHash(PixelTokens.hash(token)) : Optional.empty();
    }

    public Optional<PixelTarget> findByHash(byte[] tokenHash) {
        return pixels.findByTokenHash(tokenHash);
    }

    public boolean recordsOpens(UUID workspaceId) {
        return pixels.recordsOpens(workspaceId);
    }

    public Set<String> memberNetworks(UUID workspaceId, Instant since) {
        return pixels.networksSeenSince(workspaceId, since);
    }

    public Set<UUID> record(List<OpenRecord> opens) {
        return opens.isEmpty() ? Set.of() : pixels.record(opens);
    }
}
