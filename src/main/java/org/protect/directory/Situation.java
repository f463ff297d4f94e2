package org.protect.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The situations the guide answers, with the codes of the API.
 */
public enum Situation {

	UNACCOMPANIED_CHILD_IDENTIFIED("unaccompanied-child-identified"),
	SUSPECTED_TRAFFICKING_VICTIM("suspected-trafficking-victim"),
	RETURN_TO_COUNTRY_OF_ORIGIN("return-to-country-of-origin"),
	PLACEMENT_ABROAD("placement-abroad"),
	CHILD_IN_SERIOUS_DANGER_MOVED("child-in-serious-danger-moved"),
	SOCIAL_REPORT_ABROAD("social-report-abroad");

	private final String code;

	Situation(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<Situation> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
	}

}
