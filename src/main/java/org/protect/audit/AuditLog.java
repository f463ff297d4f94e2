package org.protect.audit;

import org.protect.audit.internal.AuditChain;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Every module records what it does to personal data here,
 * with one call: {@code auditLog.record(AuditEvent.success("CASE_READ", "child_case", id))}.
 *
 * <p>A successful action is recorded in the caller's transaction, so the entry and the change commit or
 * roll back together. A refusal or failure is recorded after the caller's transaction ends, whatever
 * its outcome, so that rolling back never erases the trace of a refused attempt.
 */
@Service
public class AuditLog {

	private final AuditChain chain;

	AuditLog(AuditChain chain) {
		this.chain = chain;
	}

	public void record(AuditEvent event) {
		chain.append(event);
	}

	/** Walks the whole chain; the check itself is recorded, with its result. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public AuditVerification verify() {
		AuditVerification result = chain.verify();
		chain.append(AuditEvent.success("AUDIT_VERIFIED", null, null)
			.withDetails(result.valid() ? "valid, " + result.entries() + " entries"
					: "INVALID at " + result.firstInvalidEntry()));
		return result;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public AuditPage find(AuditQuery query, int page, int size) {
		return chain.find(query, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
	}

}
