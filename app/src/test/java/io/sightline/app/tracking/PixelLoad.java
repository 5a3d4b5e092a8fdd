package io.sightline.app.tracking;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded stream of pixel requests from a few clients, each with a unique sequence number in its user agent, keeping
 * the numbers whose GIF fully arrived: those are the opens the app acknowledged.
 */
final class PixelLoad implements AutoCloseable {

    static final String AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0 seq/";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<Integer> answered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private volatile int port;
    private final String token;
    private final int maxRequests;

    PixelLoad(int port, String token, int maxRequests) {
        this.port = port;
        this.token = token;
        this.maxRequests = maxRequests;
        for (int i = 0; i < 4; i++) {
            clients.submit(this::run);
        }
    }

    private void run() {
        while (running.get()) {
            var seq = next.incrementAndGet();
            if (seq > maxRequests) {
                return;
            }
            try {
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/t/" + token + ".gif"))
                        .timeout(Duration.ofSeconds(20))
                        .header("User-Agent", AGENT + seq)
                        .header("X-Forwarded-For", "198.51.100." + (1 + seq % 250))
                        .build();
                var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200 && Arrays.equals(response.body(), PixelFilter.GIF)) {
                    answered.add(seq);
                }
            } catch (Exception refused) {
                // not answered: the app was down or killed mid-request
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int answeredCount() {
        return answered.size();
    }

    void awaitAnswered(int count, Duration limit) throws InterruptedException {
        var deadline = System.nanoTime() + limit.toNanos();
        while (answered.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (answered.size() < count) {
            throw new IllegalStateException("Only " + answered.size() + " of " + count + " pixel requests answered");
        }
    }

    List<Integer> answered() {
        return answered.stream().sorted().toList();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }
}
