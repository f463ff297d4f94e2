package org.protect.cases;

import java.util.List;
import java.util.UUID;

/**
 * Another case on this node that may be about the same child, as the identity engine scored it, with
 * what the reader may see of it: a case the reader may not open shows its number and organisation (to
 * contact), never the child's name, the score or which fields agree.
 *
 * @param otherCaseId the other case
 * @param caseNumber its number
 * @param organisationName the organisation it belongs to
 * @param access how much of it the reader may see
 * @param displayName the child's name there, or {@code null} when the reader may not see it
 * @param likely whether the score reaches "likely" (else "possible")
 * @param score the score (log2 likelihood ratio)
 * @param agreeing the fields that agreed, e.g. {@code surname=exact}
 * @param disagreeing the fields that did not
 * @param decision the decision on record, or {@code null} while there is none
 * @param linkId the decision's id, to undo it
 * @param mayDecide whether the reader may confirm or dismiss the pair (they may change both cases)
 */
public record PossibleMatch(UUID otherCaseId, String caseNumber, String organisationName, CaseAccess access,
		String displayName, boolean likely, double score, List<String> agreeing, List<String> disagreeing,
		MatchDecision decision, UUID linkId, boolean mayDecide) {
}
