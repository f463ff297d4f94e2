package org.protect.cases;

/** Where a record of the receiving State's consent to a placement comes from. */
public enum ConsentSource {

	/**
	 * The receiving State's competent authority answered the consultation through cooperation between
	 * central authorities (a partner node's message, or its written answer through the central
	 * authority). Only this counts as consent (Hague 1996 art. 33, Brussels IIb art. 82).
	 */
	RECEIVED_THROUGH_COOPERATION,

	/** Noted here without the receiving State's answer on file (a phone call, an assumption). Not consent. */
	NOTED_WITHOUT_ANSWER

}
