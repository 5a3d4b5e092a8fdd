package io.sightline.app.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live notifications' settings (README, "Configuration").
 *
 * @param heartbeat how often an idle event stream gets a comment line, so proxies keep it open
 * @param streamTimeout how long one event stream lasts before the server ends it (clients reconnect with Last-Event-ID)
 * @param reconnectMax the longest pause between attempts of a listener that lost its database connection
 */
@ConfigurationProperties("sightline.notifications")
public record NotificationProperties(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue("10s") Duration reconnectMax) {}
