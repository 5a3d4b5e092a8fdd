package io.sightline.app.tracking;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The app running as its own process (its main class on the build's classpath), so a test can kill it with SIGKILL the
 * way an operating system or an operator would.
 */
final class AppProcess implements AutoCloseable {

    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    AppProcess(Map<String, String> environment, Path log) throws IOException {
        this.port = freePort();
        this.environment = new java.util.HashMap<>(environment);
        this.environment.put("SERVER_PORT", Integer.toString(port));
        this.log = log;
    }

    int port() {
        return port;
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    void start() throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(
                        List.of(java, "-Xmx512m", "-cp", classpath(), "io.sightline.SightlineApplication"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        awaitHealthy(Duration.ofSeconds(120));
    }

    /** The app's own classes and dependencies, as the test runner has them, without the test classes. */
    private static String classpath() {
        var full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(full.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** SIGKILL: no shutdown hook, no drain, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        var deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The app did not become healthy in " + limit + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
