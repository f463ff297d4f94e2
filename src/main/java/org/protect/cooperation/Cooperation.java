package org.protect.cooperation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.cooperation.internal.IdentityDocuments;
import org.protect.cooperation.internal.Inbox;
import org.protect.cooperation.internal.NodeKeys;
import org.protect.cooperation.internal.Outbox;
import org.protect.cooperation.internal.Partners;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-border cooperation: this node's identity and keys, its partners, and the messages between them.
 * Administrators pair and manage partners; other modules queue messages with {@link #send} inside their
 * own transactions; the federation endpoint hands what arrives to {@link #receive}.
 */
@Service
public class Cooperation {

	private final IdentityDocuments identity;

	private final NodeKeys keys;

	private final Partners partners;

	private final Outbox outbox;

	private final Inbox inbox;

	private final AuditLog audit;

	private final JsonMapper json;

	Cooperation(IdentityDocuments identity, NodeKeys keys, Partners partners, Outbox outbox, Inbox inbox,
			AuditLog audit, JsonMapper json) {
		this.identity = identity;
		this.keys = keys;
		this.partners = partners;
		this.outbox = outbox;
		this.inbox = inbox;
		this.audit = audit;
		this.json = json;
	}

	/** What this node publishes about itself; public, holds no personal data. */
	public NodeIdentity identity() {
		return identity.own();
	}

	/** The identity document as served, with its signatures. */
	public SignedNodeIdentity signedIdentity() {
		return identity.ownSigned();
	}

	/**
	 * Adds a new current signing and encryption key; the old ones stay valid for the retention period.
	 * Partners follow with a refresh (the old key signs the new document, so no new fingerprint is needed
	 * while it is still published).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public NodeIdentity rotateKeys() {
		String previous = keys.fingerprint();
		String fingerprint = keys.rotate(currentActor());
		audit.record(AuditEvent.success("COOPERATION_KEYS_ROTATED", "cooperation_node_key", fingerprint)
			.withDetails("signing key " + previous + " -> " + fingerprint));
		return identity.own();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<PartnerSummary> partners() {
		return partners.all();
	}

	/**
	 * The partners a request may go to now (active ones), for anyone who prepares a request: their names,
	 * countries and addresses are no secret (each publishes them).
	 */
	@PreAuthorize("isAuthenticated()")
	public List<PartnerSummary> activePartners() {
		return partners.all().stream().filter(partner -> partner.status() == PartnerStatus.ACTIVE).toList();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public PartnerSummary partner(UUID nodeId) {
		return partners.get(nodeId);
	}

	/**
	 * Pairs with a partner: fetches its identity document from {@code baseUrl} and pins its keys if the
	 * signing key's fingerprint is the one agreed out of band.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public PartnerSummary addPartner(String baseUrl, String fingerprint) {
		return partners.add(baseUrl, fingerprint);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public PartnerSummary suspendPartner(UUID nodeId) {
		return partners.setStatus(nodeId, PartnerStatus.SUSPENDED);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public PartnerSummary reactivatePartner(UUID nodeId) {
		return partners.setStatus(nodeId, PartnerStatus.ACTIVE);
	}

	/**
	 * Fetches the partner's keys again. A new signing key is pinned only when the pinned one signed the new
	 * document, or when {@code confirmedFingerprint} (received out of band) matches it.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public PartnerSummary refreshPartner(UUID nodeId, String confirmedFingerprint) {
		return partners.refresh(nodeId, confirmedFingerprint);
	}

	/** Sends a {@code PING} to test the connection with a partner; returns the message id. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public UUID ping(UUID nodeId) {
		return outbox.send(new SendMessageCommand(nodeId, "PING", null, null, null,
				json.valueToTree(Map.of("text", "ping from " + identity.own().country()))));
	}

	/**
	 * Queues a message in the caller's transaction: it leaves the node only if that transaction commits.
	 * The caller checks who may send what; this checks the type, the payload and the partner.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public UUID send(SendMessageCommand command) {
		return outbox.send(command);
	}

	/** An outgoing message's delivery. */
	public OutgoingMessage outgoing(UUID messageId) {
		return outbox.find(messageId);
	}

	/** Messages that could not be delivered: an alert for administrators. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<OutgoingMessage> failedMessages() {
		return outbox.failed();
	}

	/**
	 * Receives a partner's sealed message (JWE compact) and answers the signed receipt (JWS compact).
	 * Authenticated by the message's signature, not by a user.
	 *
	 * @throws CooperationRefusedException when a check fails (the refusal is audited)
	 */
	public String receive(String sealedMessage) {
		return inbox.receive(sealedMessage);
	}

	/** Audits a message body refused for its size before it was read. */
	public void refuseOversized(long bytes) {
		inbox.refuseOversized(bytes);
	}

	private static String currentActor() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
