package io.sightline.app.tracking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pixel pipeline's settings (README, "Configuration").
 *
 * @param entitlementTtl how long the pixel trusts its cached "this workspace records opens"
 * @param networksTtl how long a workspace's member networks are cached
 * @param batchSize most opens written in one transaction
 * @param answerTimeout how long a pixel request waits for its open to be durable before answering anyway
 * @param replayInterval how often a non-empty journal is retried against the database
 */
@ConfigurationProperties("sightline.pixel")
public record TrackingProperties(
        @DefaultValue("2s") Duration entitlementTtl,
        @DefaultValue("30s") Duration networksTtl,
        @DefaultValue("512") int batchSize,
        @DefaultValue("5s") Duration answerTimeout,
        @DefaultValue("2s") Duration replayInterval) {}
