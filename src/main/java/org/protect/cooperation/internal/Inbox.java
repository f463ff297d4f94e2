package org.protect.cooperation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.ECKey;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.MessageReceived;
import org.protect.cooperation.PartnerStatus;
import org.protect.cooperation.internal.MessageSealer.Receipt;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives a partner's message: decrypts it, verifies it with the sender's pinned key, checks the
 * recipient, the time and the payload, stores it exactly once and answers a signed receipt. A message
 * seen before gets the same receipt again and is not processed again. Every refusal is audited.
 */
@Component
public class Inbox {

	static final String RECORD_TYPE = "cooperation_message";

	private final MessageSealer sealer;

	private final NodeKeys keys;

	private final PartnerRepository partners;

	private final InboxRepository inbox;

	private final MessageTypes types;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Duration tolerance;

	private final TransactionTemplate inTransaction;

	private final Clock clock = Clock.systemUTC();

	Inbox(MessageSealer sealer, NodeKeys keys, PartnerRepository partners, InboxRepository inbox, MessageTypes types,
			AuditLog audit, ApplicationEventPublisher events, JsonMapper json, CooperationProperties properties,
			PlatformTransactionManager transactions) {
		this.sealer = sealer;
		this.keys = keys;
		this.partners = partners;
		this.inbox = inbox;
		this.types = types;
		this.audit = audit;
		this.events = events;
		this.json = json;
		this.tolerance = properties.clockTolerance();
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/** @return the signed receipt (JWS compact) */
	public String receive(String compactJwe) {
		Envelope envelope = null;
		try {
			JWEObject jwe = sealer.parseEncrypted(compactJwe);
			ECKey decryptionKey = keys.decryptionKey(sealer.encryptionKeyId(jwe))
				.orElseThrow(() -> MessageSealer.refused(400, "federation-undecryptable"));
			JWSObject jws = sealer.decrypt(jwe, decryptionKey);
			envelope = sealer.envelope(jws);
			Partner sender = partners.find(envelope.senderNode())
				.orElseThrow(() -> MessageSealer.refused(403, "federation-unknown-sender"));
			ECKey senderKey = sender.signingKey(jws.getHeader().getKeyID())
				.orElseThrow(() -> MessageSealer.refused(403, "federation-unknown-key"));
			if (!sealer.verifies(jws, senderKey)) {
				throw MessageSealer.refused(403, "federation-bad-signature");
			}
			// From here on the envelope is known to come from the partner it names.
			if (sender.status() != PartnerStatus.ACTIVE) {
				throw MessageSealer.refused(403, "federation-partner-suspended");
			}
			if (!envelope.recipientNode().equals(keys.nodeId())) {
				throw MessageSealer.refused(422, "federation-wrong-recipient");
			}
			Instant now = now();
			if (Duration.between(envelope.sentAt(), now).abs().compareTo(tolerance) > 0) {
				throw MessageSealer.refused(422, "federation-outside-time-window");
			}
			MessageType type = types.find(envelope.type())
				.orElseThrow(() -> MessageSealer.refused(422, "federation-unknown-type"));
			List<String> problems = type.problems(envelope.payload());
			if (!problems.isEmpty()) {
				throw new CooperationRefusedException(422, "federation-invalid-payload",
						java.util.Map.of("errors", problems));
			}
			return store(envelope, now);
		}
		catch (CooperationRefusedException ex) {
			refusal(ex, envelope);
			throw ex;
		}
	}

	private String store(Envelope envelope, Instant now) {
		String payload = json.writeValueAsString(envelope.payload());
		String actor = "node:" + envelope.senderNode();
		return inTransaction.execute(tx -> {
			String receipt = sealer.signReceipt(new Receipt(envelope.messageId(), now, keys.nodeId(),
					MessageSealer.RECEIVED), keys.signingKey());
			if (inbox.insertOnce(envelope, payload, now, receipt)) {
				audit.record(AuditEvent.success("COOPERATION_MESSAGE_RECEIVED", RECORD_TYPE, envelope.messageId())
					.withDetails(envelope.type() + " conversation " + envelope.conversationId())
					.by(actor));
				events.publishEvent(new MessageReceived(envelope.messageId(), envelope.conversationId(),
						envelope.inReplyTo(), envelope.type(), envelope.senderNode(), envelope.legalBasis(), payload));
				return receipt;
			}
			InboxRepository.Stored stored = inbox.repeated(envelope.messageId()).orElseThrow();
			if (!stored.senderNode().equals(envelope.senderNode())) {
				// Another partner used an id that is already taken: never let it stand for the first message.
				throw MessageSealer.refused(409, "federation-message-id-conflict");
			}
			audit.record(AuditEvent.success("COOPERATION_MESSAGE_REPEATED", RECORD_TYPE, envelope.messageId())
				.withDetails(envelope.type() + " acknowledged again, not processed again")
				.by(actor));
			return stored.receipt();
		});
	}

	private void refusal(CooperationRefusedException ex, Envelope envelope) {
		String actor = envelope == null ? "federation" : "node:" + envelope.senderNode();
		AuditOutcome outcome = ex.status() == 403 ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
		audit.record(new AuditEvent("COOPERATION_MESSAGE_REFUSED", RECORD_TYPE,
				envelope == null ? null : envelope.messageId().toString(), outcome,
				ex.code() + (envelope == null ? "" : " " + envelope.type()), actor));
	}

	/** Audits a body refused before it could be read, for being too large. */
	public void refuseOversized(long declaredBytes) {
		audit.record(new AuditEvent("COOPERATION_MESSAGE_REFUSED", RECORD_TYPE, null, AuditOutcome.FAILURE,
				"payload-too-large " + declaredBytes + " bytes", "federation"));
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
