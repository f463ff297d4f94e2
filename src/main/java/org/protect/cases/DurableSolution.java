package org.protect.cases;

/** The durable solutions a best-interests determination chooses between. */
public enum DurableSolution {

	/** The child stays and is integrated in this country. */
	INTEGRATION_HERE,

	/** Return to the country of origin, to the family or another carer there. */
	RETURN_FAMILY_REUNIFICATION,

	/** Transfer to a third country, for example to join family there. */
	TRANSFER_THIRD_COUNTRY;

	/** Whether the child leaves this country, so that the return safeguards apply. */
	public boolean leavesTheCountry() {
		return this != INTEGRATION_HERE;
	}

}
