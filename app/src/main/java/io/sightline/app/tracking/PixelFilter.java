package io.sightline.app.tracking;

import io.sightline.app.base.ClientAddress;
import io.sightline.db.tracking.OpenRecord;
import io.sightline.db.tracking.PixelTarget;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
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
        var target = targets.find(token(request.getRequestURI()));
        if (target.isEmpty() || !targets.recordsOpens(target.get().workspaceId())) {
            return;
        }
        var open = open(request, target.get(), Instant.now());
        try {
            writer.submit(open).get(answerTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException notYetDurable) {
            // Answering acknowledges the open: if the writer is slow or failed, this request makes it durable itself.
            // Should the writer commit it too, the replay stores it once (same id).
            writer.journalNow(open);
        }
    }

    private OpenRecord open(HttpServletRequest request, PixelTarget target, Instant now) {
        var address = clientAddress.of(request);
        var agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > USER_AGENT_MAX) {
            agent = agent.substring(0, USER_AGENT_MAX);
        }
        var source = classifier.classify(new OpenClassifier.Request(
                request.getMethod(),
                agent,
                address,
                now,
                target.createdAt(),
                targets.memberNetworks(target.workspaceId())));
        return new OpenRecord(
                UUID.randomUUID(),
                target.workspaceId(),
                target.trackedEmailId(),
                target.senderId(),
                now,
                source,
                Networks.truncate(address),
                agent);
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
