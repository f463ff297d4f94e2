package org.protect.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.audit.AuditRecordNames;

import org.springframework.stereotype.Component;

/** A case on the audit page is its number: an id says nothing to the administrator reading the log. */
@Component
class CaseAuditNames implements AuditRecordNames {

	private final CaseRepository cases;

	CaseAuditNames(CaseRepository cases) {
		this.cases = cases;
	}

	@Override
	public String recordType() {
		return CaseFiles.RECORD_TYPE;
	}

	@Override
	public Map<String, String> names(Collection<String> recordIds) {
		List<UUID> ids = recordIds.stream().filter(id -> id != null && id.matches("[0-9a-f-]{36}")).map(UUID::fromString).toList();
		Map<String, String> numbers = new HashMap<>();
		cases.findAll(ids).forEach(row -> numbers.put(row.id().toString(), row.caseNumber()));
		return numbers;
	}

}
