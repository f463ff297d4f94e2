package org.protect.audit;

import java.util.Collection;
import java.util.Map;

/**
 * How a module names its records on the audit page (a case by its number rather than its id). The module
 * that owns the record type implements it; the audit log depends on no module, so it only asks.
 */
public interface AuditRecordNames {

	/** The record type this names, as the entries store it, e.g. {@code child_case}. */
	String recordType();

	/** The names of those of the records (by id, as the entries store it) that exist, by id. */
	Map<String, String> names(Collection<String> recordIds);

}
