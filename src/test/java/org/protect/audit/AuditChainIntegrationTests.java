package org.protect.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.protect.support.AsAdmin;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class AuditChainIntegrationTests extends IntegrationTest {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	org.protect.audit.internal.AuditChain chain;

	@Test
	void recordsSignInsAndFailuresWithWhoWhenAndFromWhere() {
		client().signIn("supervisor.se", "wrong password");
		client().signIn("supervisor.se", PASSWORD);
		AuditPage page = AsAdmin.call(() -> audit.find(new AuditQuery("supervisor.se", "LOGIN", null, null, null), 0, 10));
		assertThat(page.entries()).extracting(AuditEntry::outcome).contains(AuditOutcome.SUCCESS, AuditOutcome.FAILURE);
		AuditEntry entry = page.entries().get(0);
		assertThat(entry.remoteAddress()).isNotBlank();
		assertThat(entry.correlationId()).isNotBlank();
		assertThat(entry.occurredAt()).isNotNull();
	}

	@Test
	void theChainVerifiesThroughTheApi() {
		HttpResponse<String> verification = client().withToken("admin", PASSWORD).get("/api/v1/audit/verification");
		assertThat(verification.statusCode()).isEqualTo(200);
		var body = HttpTestClient.json(verification);
		assertThat(body.get("valid").asBoolean()).isTrue();
		assertThat(body.get("entries").asLong()).isPositive();
		assertThat(body.get("firstInvalidEntry").isNull()).isTrue();
	}

	@Test
	void onlyAdministratorsMayVerify() {
		HttpResponse<String> refused = client().withToken("analyst.se", PASSWORD).get("/api/v1/audit/verification");
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit.audit_entry SET actor = 'someone else' WHERE seq = 1").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.audit_entry WHERE seq = 1").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void aChangedEntryIsDetectedAtThatEntry() {
		AuditEntry victim = someEntry();
		String original = jdbc.sql("SELECT actor FROM audit.audit_entry WHERE id = ?").param(victim.id()).query(String.class).single();
		tamper("UPDATE audit.audit_entry SET actor = 'a forger' WHERE id = ?", victim.id());
		try {
			var body = verifyThroughApi();
			assertThat(body.get("valid").asBoolean()).isFalse();
			assertThat(body.get("firstInvalidEntry").asString()).isEqualTo(victim.id().toString());
		}
		finally {
			tamper("UPDATE audit.audit_entry SET actor = '" + original.replace("'", "''") + "' WHERE id = ?", victim.id());
		}
		assertThat(verifyThroughApi().get("valid").asBoolean()).isTrue();
	}

	@Test
	void aRemovedEntryIsDetectedAtTheEntryAfterIt() {
		someEntry();
		AuditEntry victim = AsAdmin.call(() -> audit.find(AuditQuery.all(), 3, 1)).entries().get(0);
		Map<String, Object> row = jdbc.sql("SELECT * FROM audit.audit_entry WHERE id = ?").param(victim.id()).query().singleRow();
		UUID next = jdbc.sql("SELECT id FROM audit.audit_entry WHERE seq = ?").param(victim.seq() + 1).query(UUID.class).single();
		tamper("DELETE FROM audit.audit_entry WHERE id = ?", victim.id());
		try {
			var body = verifyThroughApi();
			assertThat(body.get("valid").asBoolean()).isFalse();
			assertThat(body.get("firstInvalidEntry").asString()).isEqualTo(next.toString());
		}
		finally {
			transaction.executeWithoutResult(tx -> {
				jdbc.sql("SET LOCAL session_replication_role = replica").update();
				jdbc.sql("""
						INSERT INTO audit.audit_entry (id, seq, occurred_at, actor, action, record_type, record_id, outcome,
						    remote_address, correlation_id, details, previous_hash, hash)
						VALUES (:id, :seq, :occurred_at, :actor, :action, :record_type, :record_id, :outcome,
						    :remote_address, :correlation_id, :details, :previous_hash, :hash)""").params(row).update();
			});
		}
		assertThat(verifyThroughApi().get("valid").asBoolean()).isTrue();
	}

	@Test
	void anEntryAppendedWithoutTheChainIsDetected() {
		long last = jdbc.sql("SELECT max(seq) FROM audit.audit_entry").query(Long.class).single();
		UUID forged = UUID.randomUUID();
		// Checked inside a transaction that is rolled back: a forged entry left at the end would be followed
		// by genuine ones and break the chain for every later test.
		transaction.executeWithoutResult(tx -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql("INSERT INTO audit.audit_entry (id, seq, occurred_at, actor, action, outcome, previous_hash, hash) "
					+ "SELECT ?, seq + 1, now(), 'a forger', 'LOGIN', 'SUCCESS', hash, repeat('0', 64) "
					+ "FROM audit.audit_entry WHERE seq = ?").params(forged, last).update();
			AuditVerification result = chain.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstInvalidEntry()).isEqualTo(forged);
			tx.setRollbackOnly();
		});
		assertThat(chain.verify().valid()).isTrue();
	}

	private tools.jackson.databind.JsonNode verifyThroughApi() {
		return HttpTestClient.json(client().withToken("admin", PASSWORD).get("/api/v1/audit/verification"));
	}

	private AuditEntry someEntry() {
		client().signIn("caseworker.se", PASSWORD);
		return AsAdmin.call(() -> audit.find(new AuditQuery("caseworker.se", "LOGIN", null, null, null), 0, 1))
			.entries()
			.get(0);
	}

	/** Changes the table behind the application's back, as someone with database access could. */
	private void tamper(String sql, UUID id) {
		transaction.executeWithoutResult(tx -> {
			jdbc.sql("SET LOCAL session_replication_role = replica").update();
			jdbc.sql(sql).param(id).update();
		});
	}

}
