package org.protect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as a list shows it. The child's name, sex, birth and nationality are {@code null} when the
 * reader's access shows only that the case exists.
 */
public record CaseSummary(UUID id, String caseNumber, CaseStage stage, CaseAccess access, String displayName,
		String sex, LocalDate birthEarliest, LocalDate birthLatest, String nationalityClaimed, LocalDate identifiedOn,
		boolean childMissing, List<CaseAlert> alerts) {

	public CaseSummary {
		alerts = alerts == null ? List.of() : List.copyOf(alerts);
	}

}
