package org.protect.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The part of a case a cross-border request carries: no more than its type declares.
 *
 * @param caseNumber the case number on the sending node, for the partner's reference
 * @param child who the child is, as the current facts say
 * @param parts the parts of the file the request type may carry that are on record
 */
public record CaseExtract(UUID caseId, String caseNumber, Child child, Map<CasePart, Object> parts) {

	public CaseExtract {
		parts = Map.copyOf(parts);
	}

	/** The child's identity for the partner: name, sex, birth date or its range, nationality. */
	public record Child(String name, String sex, LocalDate birthEarliest, LocalDate birthLatest, boolean birthExact,
			String nationalityClaimed, String nationalityVerified) {
	}

}
