package org.protect.cooperation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cooperation.PartnerStatus;
import org.protect.cooperation.internal.OutboxRepository.Queued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each message is claimed, sent and marked in one transaction of its own, with its
 * row locked ({@code FOR UPDATE SKIP LOCKED}), so several instances share the work and a message is
 * never sent by two at once. Only a valid signed receipt marks it delivered; anything else schedules
 * another attempt with exponential back-off and jitter, until the retry window has passed and it is
 * marked failed for administrators to see. If the instance dies between the partner storing a message and
 * this row being marked, the row stays pending and is sent again: the partner stores by message id and
 * answers the same receipt, so nothing is lost and nothing is processed twice.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	static final String FEDERATION_PATH = "/federation/v1/messages";

	/** What a partner refuses for good: sending the same message again cannot succeed. */
	private static final Set<String> PERMANENT = Set.of("federation-invalid-payload", "federation-unknown-type",
			"federation-wrong-recipient", "federation-message-id-conflict", "payload-too-large");

	private final OutboxRepository outbox;

	private final PartnerRepository partners;

	private final MessageSealer sealer;

	private final NodeKeys keys;

	private final AuditLog audit;

	private final JsonMapper json;

	private final CooperationProperties properties;

	private final TransactionTemplate inTransaction;

	private final HttpClient http;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	OutboxDispatcher(OutboxRepository outbox, PartnerRepository partners, MessageSealer sealer, NodeKeys keys,
			AuditLog audit, JsonMapper json, CooperationProperties properties, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.outbox = outbox;
		this.partners = partners;
		this.sealer = sealer;
		this.keys = keys;
		this.audit = audit;
		this.json = json;
		this.properties = properties;
		this.inTransaction = new TransactionTemplate(transactions);
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${protect.cooperation.dispatch-interval:5s}",
			initialDelayString = "${protect.cooperation.dispatch-interval:5s}")
	void dispatch() {
		for (int i = 0; i < properties.dispatchBatch(); i++) {
			Boolean sent = inTransaction.execute(tx -> outbox.claimDue(now()).map(this::attempt).orElse(false));
			if (!Boolean.TRUE.equals(sent)) {
				return;
			}
		}
	}

	/** One attempt at one claimed message; true when there may be more to do. */
	private boolean attempt(Queued message) {
		Instant now = now();
		if (!now.isBefore(message.createdAt().plus(properties.retryWindow()))) {
			fail(message, "retry-window-passed", false);
			return true;
		}
		Partner partner = partners.find(message.recipientNode()).orElse(null);
		if (partner == null || partner.status() != PartnerStatus.ACTIVE) {
			retry(message, "partner-suspended");
			return true;
		}
		Envelope envelope = new Envelope(message.messageId(), message.conversationId(), message.inReplyTo(),
				message.type(), keys.nodeId(), partner.nodeId(), now, message.legalBasis(),
				json.readTree(message.payload()));
		String sealed = sealer.seal(envelope, keys.signingKey(), partner.encryptionKey());
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(URI.create(partner.baseUrl() + FEDERATION_PATH))
				.timeout(properties.requestTimeout())
				.header("Content-Type", "application/jose")
				.header("Accept", "application/jose, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofString(sealed, StandardCharsets.US_ASCII))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			retry(message, "unreachable: " + ex.getClass().getSimpleName());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			retry(message, "interrupted");
			return false;
		}
		if (response.statusCode() == 200) {
			String problem = sealer.receiptProblem(response.body(), partner, message.messageId());
			if (problem == null) {
				outbox.delivered(message.messageId(), response.body().strip(), now());
				events.publishEvent(new RequestDeliveryEvents.MessageDelivered(message.messageId()));
				audit.record(AuditEvent.success("COOPERATION_MESSAGE_DELIVERED", Inbox.RECORD_TYPE, message.messageId())
					.withDetails(message.type() + " to " + partner.nodeId())
					.by("system"));
				return true;
			}
			retry(message, problem);
			return true;
		}
		String code = problemCode(response);
		if (PERMANENT.contains(code)) {
			fail(message, code, true);
		}
		else {
			retry(message, "HTTP " + response.statusCode() + (code == null ? "" : " " + code));
		}
		return true;
	}

	private void retry(Queued message, String error) {
		outbox.retryLater(message.messageId(), now().plus(backoff(message.attempts())), error);
		log.debug("Message {} not delivered ({}), attempt {}", message.messageId(), error, message.attempts() + 1);
	}

	private void fail(Queued message, String error, boolean attempted) {
		outbox.failed(message.messageId(), now(), error, attempted);
		events.publishEvent(new RequestDeliveryEvents.MessageFailed(message.messageId()));
		log.warn("Message {} to {} failed for good: {}", message.messageId(), message.recipientNode(), error);
		audit.record(new AuditEvent("COOPERATION_MESSAGE_FAILED", Inbox.RECORD_TYPE, message.messageId().toString(),
				AuditOutcome.FAILURE, message.type() + " to " + message.recipientNode() + ": " + error, "system"));
	}

	/** Exponential back-off with "equal jitter": half the delay fixed, half random. */
	Duration backoff(int attempts) {
		long initial = properties.retryInitialDelay().toMillis();
		long max = properties.retryMaxDelay().toMillis();
		long delay = attempts >= 30 ? max : Math.min(max, initial << attempts);
		long half = Math.max(delay / 2, 1);
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}

	private String problemCode(HttpResponse<String> response) {
		try {
			JsonNode body = json.readTree(response.body());
			JsonNode code = body == null ? null : body.get("code");
			return code != null && code.isString() ? code.asString() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
