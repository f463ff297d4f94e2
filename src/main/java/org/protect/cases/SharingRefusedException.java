package org.protect.cases;

import org.protect.shared.DomainException;

/**
 * The case may not leave this node: its risk assessment says disclosure would endanger the child or the
 * family (Hague 1996 art. 37). Carries a stable code for the API.
 */
public class SharingRefusedException extends DomainException {

	public static final String DISCLOSURE_ENDANGERS = "disclosure-endangers-child";

	public SharingRefusedException() {
		super("cases.sharing.disclosureEndangers");
	}

	public String code() {
		return DISCLOSURE_ENDANGERS;
	}

}
