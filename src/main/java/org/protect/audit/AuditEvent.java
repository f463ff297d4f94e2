package org.protect.audit;

/**
 * One thing to put on the audit log. The actor defaults to the authenticated user; the time, address
 * and correlation id are taken when it is recorded. {@code details} is a short note for the auditor:
 * never a child's personal data, which the record id points to instead.
 *
 * @param action what happened, an upper-case code such as {@code LOGIN} or {@code CASE_READ}
 * @param recordType the kind of record concerned, such as {@code app_user}; may be null
 * @param recordId the id of that record; may be null
 * @param outcome how it ended
 * @param details a short note without personal data; may be null
 * @param actor who did it when it is not the authenticated user (a login attempt, the system); may be null
 */
public record AuditEvent(String action, String recordType, String recordId, AuditOutcome outcome, String details,
		String actor) {

	public AuditEvent {
		if (action == null || action.isBlank()) {
			throw new IllegalArgumentException("an audit event needs an action");
		}
		if (outcome == null) {
			throw new IllegalArgumentException("an audit event needs an outcome");
		}
	}

	public static AuditEvent success(String action, String recordType, Object recordId) {
		return new AuditEvent(action, recordType, recordId == null ? null : recordId.toString(), AuditOutcome.SUCCESS,
				null, null);
	}

	public static AuditEvent of(String action, AuditOutcome outcome) {
		return new AuditEvent(action, null, null, outcome, null, null);
	}

	public AuditEvent withRecord(String type, Object id) {
		return new AuditEvent(action, type, id == null ? null : id.toString(), outcome, details, actor);
	}

	public AuditEvent withDetails(String text) {
		return new AuditEvent(action, recordType, recordId, outcome, text, actor);
	}

	public AuditEvent by(String who) {
		return new AuditEvent(action, recordType, recordId, outcome, details, who);
	}

}
