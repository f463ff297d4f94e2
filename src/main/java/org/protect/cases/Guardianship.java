package org.protect.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The child's guardianship: the guardian or representative appointed here, their independence from the
 * authority that would return the child, the guardians they replaced, and for a return the receiving
 * guardian or authority who accepted responsibility and the hand-over.
 *
 * @param guardian the guardian appointed now, or {@code null}
 * @param independenceConfirmed the guardian's independence from the return authority is confirmed
 * @param replacementReason why the guardian changes; required when a different guardian is appointed
 * @param previous the guardians replaced, oldest first; kept by the node, not taken from input
 * @param receiving the receiving guardian or authority for a return or transfer, or {@code null}
 */
public record Guardianship(Guardian guardian, boolean independenceConfirmed, String replacementReason,
		List<PreviousGuardian> previous, ReceivingGuardian receiving) {

	public Guardianship {
		previous = previous == null ? List.of() : List.copyOf(previous);
	}

	public Guardianship withPrevious(List<PreviousGuardian> earlier) {
		return new Guardianship(guardian, independenceConfirmed, replacementReason, earlier, receiving);
	}

	/**
	 * A guardian or representative.
	 *
	 * @param name who
	 * @param organisation from which organisation (a guardianship office, an NGO, a lawyer's practice)
	 * @param appointedOn when
	 * @param decisionReference the decision that appointed them (court or authority, reference)
	 */
	public record Guardian(String name, String organisation, LocalDate appointedOn, String decisionReference) {
	}

	/** A guardian who was replaced, when and why. */
	public record PreviousGuardian(Guardian guardian, LocalDate replacedOn, String reason) {
	}

	/**
	 * The guardian or authority in the receiving country who has accepted responsibility for the child.
	 *
	 * @param nameOrAuthority who
	 * @param country the receiving country (ISO 3166-1 alpha-2)
	 * @param acceptedOn when they accepted responsibility; {@code null} while they have not
	 * @param reference their written acceptance (a cooperation message or a letter's reference)
	 * @param handedOverOn the day of the hand-over, once it has happened
	 */
	public record ReceivingGuardian(String nameOrAuthority, String country, LocalDate acceptedOn, String reference,
			LocalDate handedOverOn) {
	}

}
