package org.protect.audit;

import java.io.Serializable;
import java.util.UUID;

/**
 * The result of walking the audit chain from its first entry to its last.
 *
 * @param valid whether every entry is in sequence, links to the one before and has its own hash
 * @param entries how many entries were checked
 * @param firstInvalidEntry the first entry where the chain breaks, or null
 */
public record AuditVerification(boolean valid, long entries, UUID firstInvalidEntry) implements Serializable {
}
