package org.protect.directory;

import java.util.List;

/**
 * What to do, step by step, in a situation in a country, with the agencies that act, their contacts,
 * the legal basis and time limits; and, when the child's country of origin is known, who to contact
 * there and through which instrument.
 *
 * @param country where the child is (ISO code)
 * @param situation the situation's code
 * @param origin the child's country of origin, or null
 * @param procedureKey the procedure followed
 * @param procedureTitle its title
 * @param generic whether it is the generic procedure (no national one is recorded)
 * @param steps the steps, in order
 * @param crossBorder the other country's side, or null without an origin
 */
public record Guide(String country, String situation, String origin, String procedureKey, String procedureTitle,
		boolean generic, List<Step> steps, CrossBorder crossBorder) {

	/**
	 * One step.
	 *
	 * @param order its position
	 * @param title what it is called
	 * @param action what to do
	 * @param otherCountry whether it is taken in or with the other country
	 * @param actingCountry the country whose agency acts (ISO code), or null when unknown
	 * @param agencyType the kind of agency that acts
	 * @param agency the agency that acts, when there is one on record
	 * @param alternatives other agencies of the same kind in that country
	 * @param contacts the acting agency's contacts
	 * @param legalBasis the law the step rests on
	 * @param timeLimit the time limit, or empty
	 * @param safeguards what to check
	 * @param documents the documents involved
	 */
	public record Step(int order, String title, String action, boolean otherCountry, String actingCountry,
			String agencyType, AgencyRef agency, List<AgencyRef> alternatives, List<ContactRef> contacts,
			List<LegalBasis> legalBasis, String timeLimit, String safeguards, String documents) {
	}

	/**
	 * An agency as the guide names it.
	 */
	public record AgencyRef(String key, String name, String website, boolean verified, String url) {
	}

	/**
	 * A contact of an agency.
	 */
	public record ContactRef(String kind, String value, String label, boolean verified) {
	}

	/**
	 * A legal basis: an article or an instrument, and whether it binds the acting country.
	 *
	 * @param key the entry's key
	 * @param title its name
	 * @param url its page
	 * @param officialUrl the official text
	 * @param binding PARTY, BOUND, NOT_BOUND… for the acting country, or null when not on record
	 */
	public record LegalBasis(String key, String title, String url, String officialUrl, String binding) {
	}

	/**
	 * The other country's side.
	 *
	 * @param origin its ISO code
	 * @param originName its name
	 * @param centralAuthorities its central authorities
	 * @param sharedInstruments instruments that bind both countries, through which to cooperate
	 */
	public record CrossBorder(String origin, String originName, List<AgencyRef> centralAuthorities,
			List<LegalBasis> sharedInstruments) {
	}

}
