package org.protect.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record of the receiving State's consent to placing the child in care there.
 *
 * @param source where the record comes from
 * @param reference the cooperation message or the central authority's reference
 * @param receivedOn when the answer was received
 */
public record PlacementConsent(ConsentSource source, String reference, LocalDate receivedOn) {

	public PlacementConsent {
		Objects.requireNonNull(source, "source");
	}

	/**
	 * Whether this is consent a placement may rely on: received from the receiving State through
	 * cooperation, traceable to its answer. Hague 1996 art. 33 and Brussels IIb art. 82 require the
	 * consent of the receiving State; a note that it "agreed" is not its answer.
	 */
	public boolean receivedFromTheReceivingState() {
		return source == ConsentSource.RECEIVED_THROUGH_COOPERATION && reference != null && !reference.isBlank()
				&& receivedOn != null;
	}

}
