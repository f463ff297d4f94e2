package org.protect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Registers a child and opens their case. The smallest registration a border officer can make names the
 * child, their sex, an estimated year of birth and the nationality they claim; every other field adds a
 * fact.
 *
 * @param givenName the given name as the child says it, in any script
 * @param familyName the family name, in any script
 * @param sex F, M, X or U (unknown)
 * @param birthYear the estimated year of birth; or give {@code birthDate}, or both of {@code birthEarliest}
 *        and {@code birthLatest}
 * @param birthDate the exact date of birth, when a document shows it
 * @param birthEarliest the earliest plausible date of birth
 * @param birthLatest the latest plausible date of birth
 * @param nationalityClaimed the nationality the child claims (ISO 3166-1 alpha-2)
 * @param aliases other names the child is known by
 * @param language the language the child speaks (ISO 639-1), if known
 * @param interpreterNeeded an interpreter is needed
 * @param identifiedOn when the child was identified (today when left out)
 * @param source how these facts are known (the child's statement when left out)
 * @param organisationId the organisation the case belongs to; left out, the registrant's own for child
 *        protection staff, else the node's intake organisation
 */
public record RegisterChildCommand(String givenName, String familyName, String sex, Integer birthYear,
		LocalDate birthDate, LocalDate birthEarliest, LocalDate birthLatest, String nationalityClaimed,
		List<String> aliases, String language, Boolean interpreterNeeded, LocalDate identifiedOn, String source,
		UUID organisationId) {

	public RegisterChildCommand {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	/** The smallest registration: names, sex, year of birth, claimed nationality. */
	public static RegisterChildCommand minimal(String givenName, String familyName, String sex, int birthYear,
			String nationalityClaimed) {
		return new RegisterChildCommand(givenName, familyName, sex, birthYear, null, null, null, nationalityClaimed,
				List.of(), null, null, null, null, null);
	}

}
