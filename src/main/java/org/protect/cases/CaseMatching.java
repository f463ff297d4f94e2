package org.protect.cases;

import java.util.List;
import java.util.UUID;

/**
 * Finding the same child among this node's cases: the identity engine compares a case's child with the
 * others (names in any script, birth dates with their uncertainty, sex, nationality), and a caseworker on
 * the case confirms a match (the cases are linked, never merged) or dismisses it (remembered). Every read
 * and decision is audited.
 */
public interface CaseMatching {

	/**
	 * The possible existing records of the case's child, best first, with the confirmed links; dismissed
	 * pairs are left out.
	 */
	List<PossibleMatch> possibleMatches(UUID caseId);

	/** Records the decision about the pair; a second decision on the same pair is refused until undone. */
	void decide(UUID caseId, UUID otherCaseId, MatchDecision decision, String reason);

	/** Undoes a decision (a wrong link, a hasty dismissal); the decision stays on record as undone. */
	void undo(UUID caseId, UUID linkId);

}
