package io.sightline.app.tracking;

import io.sightline.app.base.ClientAddress;
import io.sightline.db.tracking.PixelTarget;
import io.sightline.db.tracking.PixelTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET|HEAD /t/{token}.gif}. Boring on purpose: whatever the token, whatever fails, it answers 200 with the same
 * 1×1 transparent GIF and no-cache headers. A known token of a workspace that records opens has its request labelled
 * and handed to the {@link OpenWriter}, and the answer waits until that open is durable. It runs before Spring Security
 * and the MVC dispatcher: nothing about a pixel request needs them, and nothing there may turn it into an error.
 */
public class PixelFilter extends OncePerRequestFilter {

    public static final byte[] GIF =
            Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private static final Logger log = LoggerFactory.getLogger(PixelFilter.class);
    private static final int USER_AGENT_MAX = 512;

    private final PixelTargets targets;
    private final OpenClassifier classifier;
    private final OpenWriter writer;
    private final ClientAddress clientAddress;
    private final long answerTimeoutMillis;

    PixelFilter(
            PixelTargets targets,
            OpenClassifier classifier,
            OpenWriter writer,
            ClientAddress clientAddress,
            TrackingProperties properties) {
        this.targets = targets;
        this.classifier = classifier;
        this.writer = writer;
        this.clientAddress = clientAddress;
        this.answerTimeoutMillis = properties.answerTimeout().toMillis();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return !(uri.startsWith("/t/") && uri.endsWith(".gif"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            answer(request, response);
            return;
        }
        try {
            record(request);
        } catch (Exception e) {
            log.warn("Pixel request not recorded: {}", e.toString());
        }
        answer(request, response);
    }

    private void record(HttpServletRequest request) throws Exception {
        var token = token(request.getRequestURI());
        var seen = observe(request, Instant.now());
        Optional<PixelTarget> target;
        try {
            target = targets.find(token);
        } catch (RuntimeException databaseAway) {
            // A token not seen before can't be resolved while PostgreSQL is away: keep what the request said, and
            // resolve it when the journal is replayed.
            if (PixelTokens.plausible(token)) {
                writer.journalUnresolved(new UnresolvedOpen(UUID.randomUUID(), PixelTokens.hash(token), seen));
            }
            return;
        }
        if (target.isEmpty() || !targets.recordsOpens(target.get().workspaceId())) {
            return;
        }
        var open = UnresolvedOpen.resolve(
                UUID.randomUUID(),
                target.get(),
                seen,
                classifier.classify(
                        seen,
                        target.get().createdAt(),
                        targets.memberNetworks(target.get().workspaceId())));
        try {
            writer.submit(open).get(answerTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException notYetDurable) {
            // Answering acknowledges the open: if the writer is slow or failed, this request makes it durable itself.
            // Should the writer commit it too, the replay stores it once (same id).
            writer.journalNow(open);
        }
    }

    private OpenClassifier.Observation observe(HttpServletRequest request, Instant now) {
        var agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > USER_AGENT_MAX) {
            agent = agent.substring(0, USER_AGENT_MAX);
        }
        return classifier.observe(request.getMethod(), agent, clientAddress.of(request), now);
    }

    static String token(String uri) {
        var raw = uri.substring("/t/".length(), uri.length() - ".gif".length());
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("image/gif");
        response.setContentLength(GIF.length);
        response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(GIF);
        }
    }
}
