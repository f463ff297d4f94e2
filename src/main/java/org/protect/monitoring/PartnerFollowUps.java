package org.protect.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * For cross-border cooperation: the follow-up assessments that travel between nodes in the answer to a
 * follow-up report request. On the node that answers, its central authority fills the ratings in and they are
 * checked here against this node's scale, by the rules of an assessment. On the node that asked, the answer's
 * ratings become the follow-up's assessment when the answer arrives: no user is signed in then, the partner's
 * answer is the source, and the entry is audited with the actor the caller names.
 */
public interface PartnerFollowUps {

	/** The scale this node rates on, which the answer's form offers. */
	WellBeingScale scale();

	/**
	 * Checks ratings as a person filled them in, against this node's scale and the rules of an assessment; each
	 * broken rule is named by its field under {@link FollowUpRatings#FIELD} ({@code wellBeing.ratings.EDUCATION.level}).
	 *
	 * @return the ratings with their texts trimmed and this node's scale named, ready to send
	 * @throws org.protect.shared.InvalidInputException when a rule is broken
	 */
	FollowUpRatings check(FollowUpRatings ratings);

	/**
	 * Records a partner's follow-up ratings on a case of this node as the assessment of its follow-up due on
	 * {@code dueOn}, seen on {@code seenOn} in {@code country}, with the answer's reference as its source.
	 *
	 * @return the assessment recorded, or empty when the ratings do not fit this node (another scale, a rule
	 *         broken): the refusal is audited with what did not fit, and nothing is recorded
	 */
	Optional<UUID> recordReceived(UUID caseId, LocalDate dueOn, LocalDate seenOn, String country, String reference,
			FollowUpRatings ratings, String actor);

}
