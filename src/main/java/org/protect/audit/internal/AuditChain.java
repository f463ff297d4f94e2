package org.protect.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.protect.shared.crypto.Sha256;
import org.protect.audit.AuditEntry;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditOutcome;
import org.protect.audit.AuditPage;
import org.protect.audit.AuditQuery;
import org.protect.audit.AuditVerification;
import org.protect.shared.web.RequestMetadata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the hash chain and walks it. Appends are serialised by a transaction-scoped
 * advisory lock, so that several application instances on one database extend one chain, and the
 * sequence has no gaps: a missing number is a removed entry.
 */
@Component
public class AuditChain {

	static final String GENESIS = "0".repeat(64);

	/** Arbitrary constant identifying the audit chain's advisory lock. */
	private static final long LOCK_KEY = 0x50524f54454354L;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate inTransaction;

	private final TransactionTemplate inNewTransaction;

	private final Clock clock;

	AuditChain(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.inTransaction = new TransactionTemplate(transactions);
		this.inNewTransaction = new TransactionTemplate(transactions);
		this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = Clock.systemUTC();
	}

	public void append(AuditEvent event) {
		Context context = Context.capture(event);
		boolean inCallerTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		if (event.outcome() != AuditOutcome.SUCCESS && inCallerTransaction) {
			// The caller's transaction may be about to roll back; the refusal must stay on record anyway.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					inNewTransaction.executeWithoutResult(tx -> insert(event, context));
				}
			});
			return;
		}
		inTransaction.executeWithoutResult(tx -> insert(event, context));
	}

	private void insert(AuditEvent event, Context context) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, n) -> 1).list();
		List<Link> last = jdbc.sql("SELECT seq, hash FROM audit.audit_entry ORDER BY seq DESC LIMIT 1")
			.query((rs, n) -> new Link(rs.getLong(1), rs.getString(2)))
			.list();
		long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
		String previous = last.isEmpty() ? GENESIS : last.get(0).hash();
		AuditEntry entry = new AuditEntry(UUID.randomUUID(), seq,
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS), context.actor(), event.action(), event.recordType(),
				event.recordId(), event.outcome(), context.remoteAddress(), context.correlationId(), event.details());
		jdbc.sql("""
				INSERT INTO audit.audit_entry (id, seq, occurred_at, actor, action, record_type, record_id, outcome,
				    remote_address, correlation_id, details, previous_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), entry.seq(), Timestamp.from(entry.occurredAt()), entry.actor(), entry.action(),
					entry.recordType(), entry.recordId(), entry.outcome().name(), entry.remoteAddress(),
					entry.correlationId(), entry.details(), previous, hash(entry, previous))
			.update();
	}

	public AuditVerification verify() {
		Walk walk = new Walk();
		jdbcTemplate.query(con -> {
			var statement = con.prepareStatement("SELECT " + COLUMNS + ", previous_hash, hash FROM audit.audit_entry ORDER BY seq");
			statement.setFetchSize(1000);
			return statement;
		}, (RowCallbackHandler) rs -> walk.check(entry(rs), rs.getString("previous_hash"), rs.getString("hash")));
		return new AuditVerification(walk.firstInvalid == null, walk.count, walk.firstInvalid);
	}

	public AuditPage find(AuditQuery query, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE true");
		List<Object> params = new ArrayList<>();
		if (notBlank(query.actor())) {
			where.append(" AND actor = ?");
			params.add(query.actor().trim());
		}
		if (notBlank(query.action())) {
			where.append(" AND action = ?");
			params.add(query.action().trim());
		}
		if (notBlank(query.record())) {
			where.append(" AND (record_id = ? OR record_type = ?)");
			params.add(query.record().trim());
			params.add(query.record().trim());
		}
		if (query.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(Timestamp.from(query.to()));
		}
		long total = jdbc.sql("SELECT count(*) FROM audit.audit_entry" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<AuditEntry> entries = jdbc
			.sql("SELECT " + COLUMNS + " FROM audit.audit_entry" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, n) -> entry(rs))
			.list();
		return new AuditPage(entries, page, size, total);
	}

	private static final String COLUMNS = "id, seq, occurred_at, actor, action, record_type, record_id, outcome, "
			+ "remote_address, correlation_id, details";

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getLong("seq"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
				rs.getString("record_type"), rs.getString("record_id"), AuditOutcome.valueOf(rs.getString("outcome")),
				rs.getString("remote_address"), rs.getString("correlation_id"), rs.getString("details"));
	}

	/**
	 * The entry's hash: SHA-256 over every field and the previous hash, each written with its length so
	 * that no two different entries can produce the same input.
	 */
	static String hash(AuditEntry entry, String previousHash) {
		StringBuilder input = new StringBuilder();
		for (Object field : new Object[] { entry.id(), entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
				entry.recordType(), entry.recordId(), entry.outcome(), entry.remoteAddress(), entry.correlationId(),
				entry.details(), previousHash }) {
			String text = field == null ? "" : field.toString();
			input.append(field == null ? -1 : text.length()).append(':').append(text).append(';');
		}
		return Sha256.hex(input.toString());
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	private record Link(long seq, String hash) {
	}

	private static final class Walk {

		long count;

		String previousHash = GENESIS;

		UUID firstInvalid;

		void check(AuditEntry entry, String storedPrevious, String storedHash) {
			count++;
			if (firstInvalid == null && (entry.seq() != count || !previousHash.equals(storedPrevious)
					|| !hash(entry, storedPrevious).equals(storedHash))) {
				firstInvalid = entry.id();
			}
			previousHash = storedHash;
		}

	}

	private record Context(String actor, String remoteAddress, String correlationId) {

		static Context capture(AuditEvent event) {
			String actor = event.actor();
			if (actor == null) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				actor = authentication == null || authentication instanceof AnonymousAuthenticationToken
						|| !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
			}
			return new Context(actor, RequestMetadata.remoteAddress().orElse(null),
					RequestMetadata.correlationId().orElse(null));
		}

	}

}
