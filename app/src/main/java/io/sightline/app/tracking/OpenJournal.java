package io.sightline.app.tracking;

import io.sightline.app.base.SightlineProperties;
import io.sightline.db.tracking.OpenRecord;
import io.sightline.db.tracking.OpenSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where opens go when PostgreSQL can't take them: one file per batch under {@code <data-dir>/journal}, written to a
 * temporary name, fsync'd, renamed into place and the directory fsync'd — so a batch is either wholly there or not at
 * all, and once there it survives a crash. Replaying is safe to repeat: every open carries its own id.
 */
@Component
public class OpenJournal {

    private static final String PREFIX = "batch-";
    private static final String UNRESOLVED = "unresolved-";
    private static final String TEMP = "tmp-";

    private final Path dir;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong sequence = new AtomicLong();

    OpenJournal(SightlineProperties properties) throws IOException {
        this.dir = properties.dataDir().toAbsolutePath().resolve("journal");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            // A temporary file is a batch whose write never finished: it was never acknowledged.
            for (var leftover : files.filter(f -> f.getFileName().toString().startsWith(TEMP))
                    .toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** A journal line: plain strings, so the format stays readable and stable. */
    record Line(
            String id,
            String workspaceId,
            String trackedEmailId,
            String senderId,
            String openedAt,
            String source,
            String network,
            String userAgent) {

        static Line of(OpenRecord open) {
            return new Line(
                    open.id().toString(),
                    open.workspaceId().toString(),
                    open.trackedEmailId().toString(),
                    open.senderId().toString(),
                    open.openedAt().toString(),
                    open.source().name(),
                    open.network(),
                    open.userAgent());
        }

        OpenRecord toRecord() {
            return new OpenRecord(
                    UUID.fromString(id),
                    UUID.fromString(workspaceId),
                    UUID.fromString(trackedEmailId),
                    UUID.fromString(senderId),
                    Instant.parse(openedAt),
                    OpenSource.valueOf(source),
                    network,
                    userAgent);
        }
    }

    /** What an unresolved open keeps: the token's hash and the request's observation, the network already truncated. */
    record UnresolvedLine(
            String id,
            String tokenHash,
            String method,
            String userAgent,
            String network,
            boolean fromApple,
            boolean fromGoogle,
            String at) {

        static UnresolvedLine of(UnresolvedOpen open) {
            var seen = open.seen();
            return new UnresolvedLine(
                    open.id().toString(),
                    java.util.HexFormat.of().formatHex(open.tokenHash()),
                    seen.method(),
                    seen.userAgent(),
                    seen.network(),
                    seen.fromApple(),
                    seen.fromGoogle(),
                    seen.at().toString());
        }

        UnresolvedOpen toOpen() {
            return new UnresolvedOpen(
                    UUID.fromString(id),
                    java.util.HexFormat.of().parseHex(tokenHash),
                    new OpenClassifier.Observation(
                            method, userAgent, network, fromApple, fromGoogle, Instant.parse(at)));
        }
    }

    public void append(List<OpenRecord> opens) throws IOException {
        var text = new StringBuilder();
        for (var open : opens) {
            text.append(json.writeValueAsString(Line.of(open))).append('\n');
        }
        write(PREFIX, text.toString());
    }

    public void appendUnresolved(UnresolvedOpen open) throws IOException {
        write(UNRESOLVED, json.writeValueAsString(UnresolvedLine.of(open)) + "\n");
    }

    private void write(String prefix, String content) throws IOException {
        var text = new StringBuilder(content);
        var name = prefix + String.format("%020d-%08d", System.currentTimeMillis(), sequence.incrementAndGet());
        var temp = dir.resolve(TEMP + name);
        try (var channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var bytes = java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        try (var directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    public List<Path> pending() throws IOException {
        return list(PREFIX);
    }

    public List<Path> pendingUnresolved() throws IOException {
        return list(UNRESOLVED);
    }

    private List<Path> list(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList();
        }
    }

    public boolean isEmpty() {
        try {
            return pending().isEmpty() && pendingUnresolved().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public List<UnresolvedOpen> readUnresolved(Path file) throws IOException {
        var opens = new ArrayList<UnresolvedOpen>();
        for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                opens.add(json.readValue(line, UnresolvedLine.class).toOpen());
            }
        }
        return opens;
    }

    public List<OpenRecord> read(Path batch) throws IOException {
        var opens = new ArrayList<OpenRecord>();
        for (var line : Files.readAllLines(batch, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                opens.add(json.readValue(line, Line.class).toRecord());
            }
        }
        return opens;
    }

    public void remove(Path batch) throws IOException {
        Files.deleteIfExists(batch);
    }
}
