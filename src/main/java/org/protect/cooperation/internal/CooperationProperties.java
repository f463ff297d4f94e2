package org.protect.cooperation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of cross-border cooperation ({@code protect.cooperation.*}).
 *
 * @param baseUrl the URL partners reach this node at; when unset, {@code http://localhost:<port>}
 * @param keyEncryptionKey base64 of 32 bytes that encrypt the node's private keys in the database; when
 * unset, generated once into {@code <data-dir>/keys/cooperation.key}
 * @param keyRetention how long a replaced key is still published and accepted
 * @param clockTolerance how far a message's sent-at may be from this node's clock
 * @param retryWindow how long the outbox tries to deliver a message before marking it failed
 * @param retryInitialDelay the first back-off delay; it doubles with each attempt (with jitter)
 * @param retryMaxDelay the longest back-off delay
 * @param dispatchInterval how often the dispatcher looks for due messages
 * @param dispatchBatch how many messages one dispatcher run sends at most
 * @param connectTimeout connection time-out of calls to partners
 * @param requestTimeout time-out of a whole call to a partner
 */
@ConfigurationProperties("protect.cooperation")
public record CooperationProperties(String baseUrl, String keyEncryptionKey,
		@DefaultValue("30d") Duration keyRetention, @DefaultValue("5m") Duration clockTolerance,
		@DefaultValue("3d") Duration retryWindow, @DefaultValue("10s") Duration retryInitialDelay,
		@DefaultValue("1h") Duration retryMaxDelay, @DefaultValue("5s") Duration dispatchInterval,
		@DefaultValue("50") int dispatchBatch, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration requestTimeout) {
}
