package org.protect.audit;

import java.time.Instant;

/**
 * A filter over the audit log; every part is optional.
 *
 * @param actor exact user name
 * @param action exact action code
 * @param record a record id, or a record type, to match exactly
 * @param from inclusive lower bound of the time
 * @param to exclusive upper bound of the time
 */
public record AuditQuery(String actor, String action, String record, Instant from, Instant to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null);
	}

}
