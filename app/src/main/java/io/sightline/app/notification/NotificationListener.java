package io.sightline.app.notification;

import com.zaxxer.hikari.HikariConfig;
import io.sightline.db.notification.Delivery;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears every node's notifications through PostgreSQL {@code LISTEN}, on a connection of its own (not one of the pool's:
 * a pooled connection would be lent out and lose the subscription). A lost connection is logged and re-opened with
 * growing pauses; what a stream missed meanwhile it gets back through {@code Last-Event-ID}.
 */
@Component
class NotificationListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "sightline-notification-listener";
    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    private final HikariConfig database;
    private final NotificationHub hub;
    private final Duration reconnectMax;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    NotificationListener(DataSource dataSource, NotificationHub hub, NotificationProperties properties) {
        if (!(dataSource instanceof HikariConfig config)) {
            throw new IllegalStateException("Live notifications need the app's Hikari pool to learn its database URL");
        }
        this.database = config;
        this.hub = hub;
        this.reconnectMax = properties.reconnectMax();
    }

    /** Whether the listener holds a live subscription right now. */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("notification-listener").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        var pause = FIRST_PAUSE;
        var lostAt = 0L;
        while (running) {
            try (var listener = connect()) {
                connection = listener;
                try (var statement = listener.createStatement()) {
                    statement.execute("LISTEN " + Delivery.CHANNEL);
                }
                listening = true;
                if (lostAt != 0) {
                    log.info(
                            "Notification listener is listening again after {} ms",
                            System.currentTimeMillis() - lostAt);
                    lostAt = 0;
                }
                pause = FIRST_PAUSE;
                receive(listener.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (lostAt == 0) {
                    lostAt = System.currentTimeMillis();
                    log.warn("Notification listener lost its database connection ({}); reconnecting", e.getMessage());
                } else {
                    log.debug("Notification listener still can't connect: {}", e.getMessage());
                }
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(reconnectMax) > 0 ? reconnectMax : pause.multipliedBy(2);
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void receive(PGConnection listener) throws SQLException {
        while (running) {
            var received = listener.getNotifications(1_000);
            if (received == null) {
                continue;
            }
            for (var notification : received) {
                var delivery = Delivery.parse(notification.getParameter());
                if (delivery != null) {
                    hub.deliver(delivery);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        var listener = DriverManager.getConnection(database.getJdbcUrl(), properties);
        listener.setAutoCommit(true);
        return listener;
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
