package org.protect.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.protect.audit.AuditEntry;
import org.protect.audit.AuditOutcome;

class AuditChainHashTests {

	private final AuditEntry entry = new AuditEntry(UUID.fromString("00000000-0000-0000-0000-000000000001"), 1,
			Instant.parse("2026-11-28T10:15:30.123456Z"), "caseworker.se", "LOGIN", "app_user", "7", AuditOutcome.SUCCESS,
			"127.0.0.1", "abc-123", "web");

	@Test
	void theSameEntryAndPredecessorGiveTheSameHash() {
		assertThat(AuditChain.hash(entry, AuditChain.GENESIS)).isEqualTo(AuditChain.hash(entry, AuditChain.GENESIS))
			.hasSize(64);
	}

	@Test
	void changingAnyFieldOrThePredecessorChangesTheHash() {
		String original = AuditChain.hash(entry, AuditChain.GENESIS);
		assertThat(AuditChain.hash(entry, "1".repeat(64))).isNotEqualTo(original);
		assertThat(AuditChain.hash(new AuditEntry(entry.id(), 2, entry.occurredAt(), entry.actor(), entry.action(),
				entry.recordType(), entry.recordId(), entry.outcome(), entry.remoteAddress(), entry.correlationId(),
				entry.details()), AuditChain.GENESIS)).isNotEqualTo(original);
		assertThat(AuditChain.hash(new AuditEntry(entry.id(), 1, entry.occurredAt(), "someone.else", entry.action(),
				entry.recordType(), entry.recordId(), entry.outcome(), entry.remoteAddress(), entry.correlationId(),
				entry.details()), AuditChain.GENESIS)).isNotEqualTo(original);
		assertThat(AuditChain.hash(new AuditEntry(entry.id(), 1, entry.occurredAt(), entry.actor(), entry.action(),
				entry.recordType(), entry.recordId(), AuditOutcome.DENIED, entry.remoteAddress(), entry.correlationId(),
				entry.details()), AuditChain.GENESIS)).isNotEqualTo(original);
	}

	@Test
	void movingTextBetweenFieldsChangesTheHash() {
		AuditEntry a = new AuditEntry(entry.id(), 1, entry.occurredAt(), "ab", "c", null, null, AuditOutcome.SUCCESS, null,
				null, null);
		AuditEntry b = new AuditEntry(entry.id(), 1, entry.occurredAt(), "a", "bc", null, null, AuditOutcome.SUCCESS, null,
				null, null);
		assertThat(AuditChain.hash(a, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(b, AuditChain.GENESIS));
	}

	@Test
	void anEmptyFieldDiffersFromAMissingOne() {
		AuditEntry empty = new AuditEntry(entry.id(), 1, entry.occurredAt(), "a", "b", "", null, AuditOutcome.SUCCESS,
				null, null, null);
		AuditEntry missing = new AuditEntry(entry.id(), 1, entry.occurredAt(), "a", "b", null, null,
				AuditOutcome.SUCCESS, null, null, null);
		assertThat(AuditChain.hash(empty, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(missing, AuditChain.GENESIS));
	}

}
