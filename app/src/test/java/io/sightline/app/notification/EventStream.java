package io.sightline.app.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of {@code GET /api/v1/notifications/stream}, as a mail-client add-on would hold one: real HTTP, read line by
 * line on a thread of its own, events handed over with a timeout. Opening waits for the server's first comment line, so
 * the stream is subscribed when the constructor returns.
 */
final class EventStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Event(String name, String id, String data, Instant receivedAt, long receivedNanos) {

        JsonNode json() {
            return JSON.readTree(data);
        }

        String trackedEmailId() {
            return json().path("trackedEmailId").asString();
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    EventStream(int port, String token, String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .header("X-Forwarded-For", io.sightline.app.ApiClient.randomAddress());
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        reader = Thread.ofVirtual().start(this::read);
        if (response.statusCode() == 200 && awaitComment(Duration.ofSeconds(10)) == null) {
            throw new IllegalStateException("The stream never said it was connected");
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private void read() {
        String name = null;
        String id = null;
        var data = new StringBuilder();
        try {
            for (var it = response.body().iterator(); it.hasNext(); ) {
                var line = it.next();
                if (line.isEmpty()) {
                    if (data.length() > 0 || name != null) {
                        events.add(new Event(name, id, data.toString(), Instant.now(), System.nanoTime()));
                    }
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).strip());
                }
            }
        } catch (RuntimeException closed) {
            // the stream was closed
        }
    }

    String awaitComment(Duration timeout) {
        try {
            return comments.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The next event, or null when none comes within the timeout. */
    Event next(Duration timeout) {
        try {
            return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every event up to and including the first that matches; fails when that one doesn't come in time. */
    List<Event> until(Predicate<Event> last, Duration timeout) {
        var seen = new ArrayList<Event>();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var event = next(Duration.between(Instant.now(), deadline));
            if (event == null) {
                break;
            }
            seen.add(event);
            if (last.test(event)) {
                return seen;
            }
        }
        throw new AssertionError("The expected event did not arrive within " + timeout + "; got " + seen);
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
