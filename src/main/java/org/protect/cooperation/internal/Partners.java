package org.protect.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.PartnerStatus;
import org.protect.cooperation.PartnerSummary;
import org.protect.cooperation.internal.IdentityDocuments.PartnerDocument;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pairing with partner nodes: fetch the identity document, compare the fingerprint received out of band,
 * pin the keys; suspend, reactivate, and follow a partner's key rotation. Every change and every refusal
 * is audited. The HTTP fetch runs outside any database transaction.
 */
@Component
public class Partners {

	static final String RECORD_TYPE = "cooperation_partner";

	private final PartnerRepository repository;

	private final IdentityDocuments documents;

	private final NodeKeys keys;

	private final AuditLog audit;

	private final TransactionTemplate inTransaction;

	private final Clock clock = Clock.systemUTC();

	Partners(PartnerRepository repository, IdentityDocuments documents, NodeKeys keys, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.documents = documents;
		this.keys = keys;
		this.audit = audit;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	public List<PartnerSummary> all() {
		return repository.all().stream().map(Partner::summary).toList();
	}

	public PartnerSummary get(UUID nodeId) {
		return find(nodeId).summary();
	}

	Partner find(UUID nodeId) {
		return repository.find(nodeId).orElseThrow(() -> new NotFoundException("cooperation.partner.notFound"));
	}

	public PartnerSummary add(String baseUrl, String fingerprint) {
		String url = BaseUrls.normaliseOrNull(baseUrl);
		String expected = fingerprint == null ? "" : fingerprint.strip();
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (url == null) {
			problems.add("baseUrl", "cooperation.partner.baseUrl.invalid");
		}
		if (!expected.matches("[A-Za-z0-9_-]{43}")) {
			problems.add("fingerprint", "cooperation.partner.fingerprint.invalid");
		}
		problems.throwIfAny();
		try {
			PartnerDocument document = documents.fetch(url);
			if (document.nodeId().equals(keys.nodeId())) {
				throw new CooperationRefusedException(422, "partner-is-this-node", url);
			}
			if (!document.fingerprint().equals(expected)) {
				throw new CooperationRefusedException(422, "partner-fingerprint-mismatch",
						Map.of("expectedFingerprint", expected, "actualFingerprint", document.fingerprint()), url,
						expected, document.fingerprint());
			}
			Partner partner = new Partner(document.nodeId(), document.country(), document.name(), url,
					document.fingerprint(), document.keys().toString(true), PartnerStatus.ACTIVE);
			inTransaction.executeWithoutResult(tx -> {
				if (repository.find(partner.nodeId()).isPresent() || repository.existsWithBaseUrl(url)) {
					throw new CooperationRefusedException(409, "partner-already-paired", url);
				}
				repository.insert(partner, now(), Actors.current());
				audit.record(AuditEvent.success("COOPERATION_PARTNER_ADDED", RECORD_TYPE, partner.nodeId())
					.withDetails(partner.country() + " " + url + " fingerprint " + partner.fingerprint()));
			});
			return partner.summary();
		}
		catch (CooperationRefusedException ex) {
			audit.record(new AuditEvent("COOPERATION_PARTNER_REFUSED", RECORD_TYPE, null, AuditOutcome.FAILURE,
					ex.code() + " " + url, null));
			throw ex;
		}
	}

	public PartnerSummary setStatus(UUID nodeId, PartnerStatus status) {
		return inTransaction.execute(tx -> {
			Partner partner = find(nodeId);
			repository.updateStatus(nodeId, status, now(), Actors.current());
			audit.record(AuditEvent
				.success(status == PartnerStatus.SUSPENDED ? "COOPERATION_PARTNER_SUSPENDED"
						: "COOPERATION_PARTNER_REACTIVATED", RECORD_TYPE, nodeId)
				.withDetails(partner.country()));
			return find(nodeId).summary();
		});
	}

	/**
	 * Fetches the partner's document again and pins its keys. A new signing key is accepted only when the
	 * pinned one signed the new document (the partner rotated and still holds its old key), or when an
	 * administrator confirms the new fingerprint, received out of band like the first one.
	 */
	public PartnerSummary refresh(UUID nodeId, String confirmedFingerprint) {
		Partner partner = find(nodeId);
		try {
			PartnerDocument document = documents.fetch(partner.baseUrl());
			if (!document.nodeId().equals(partner.nodeId())) {
				throw new CooperationRefusedException(422, "partner-identity-changed", partner.baseUrl());
			}
			boolean sameKey = document.fingerprint().equals(partner.fingerprint());
			boolean endorsedByPinnedKey = document.signedBy().contains(partner.fingerprint());
			boolean confirmed = confirmedFingerprint != null
					&& confirmedFingerprint.strip().equals(document.fingerprint());
			if (!sameKey && !endorsedByPinnedKey && !confirmed) {
				throw new CooperationRefusedException(422, "partner-key-changed",
						Map.of("pinnedFingerprint", partner.fingerprint(), "actualFingerprint", document.fingerprint()),
						partner.fingerprint(), document.fingerprint());
			}
			inTransaction.executeWithoutResult(tx -> {
				repository.updateKeys(nodeId, document.country(), document.name(), document.fingerprint(),
						document.keys().toString(true), now(), Actors.current());
				audit.record(AuditEvent.success("COOPERATION_PARTNER_KEYS_REFRESHED", RECORD_TYPE, nodeId)
					.withDetails(sameKey ? "same signing key"
							: "signing key " + partner.fingerprint() + " -> " + document.fingerprint()
									+ (endorsedByPinnedKey ? " (signed by the pinned key)" : " (confirmed)")));
			});
			return find(nodeId).summary();
		}
		catch (CooperationRefusedException ex) {
			audit.record(new AuditEvent("COOPERATION_PARTNER_REFUSED", RECORD_TYPE, nodeId.toString(),
					AuditOutcome.FAILURE, ex.code() + " on refresh", null));
			throw ex;
		}
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
