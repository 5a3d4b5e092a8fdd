package io.sightline.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the app was killed (SIGKILL, OOM killer, power to the JVM cut), its embedded PostgreSQL lives on and keeps the
 * data directory locked, so the next start could not run its own. Such an orphan is asked to shut down (PostgreSQL's
 * "fast" shutdown on SIGTERM after its clients are gone), and only if it won't, stopped hard; either way PostgreSQL's
 * write-ahead log keeps every committed transaction.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private StalePostmaster() {}

    static void stopIfOrphaned(Path dataDir) throws IOException {
        var pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !Path.of(lines.get(1).strip()).equals(dataDir.toAbsolutePath())) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        var process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn(
                "An embedded PostgreSQL (pid {}) outlived its app on {}; stopping it before starting ours",
                pid,
                dataDir);
        var postmaster = process.get();
        postmaster.destroy();
        try {
            postmaster.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException(e);
        }
    }
}
