package org.protect.cases;

import java.time.LocalDate;

/**
 * A fact about the child's identity, as given. Which fields apply depends on the kind:
 * <ul>
 * <li>{@code NAME}, {@code ALIAS}: {@code givenName}, {@code familyName} as written (any script), and
 * optionally their Latin transliteration (computed by the standard of the script when left out);</li>
 * <li>{@code BIRTH_DATE}: {@code birthDate} (exact), or {@code birthYear}, or {@code birthEarliest} and
 * {@code birthLatest}; {@code birthUnknown} for a stated "not known";</li>
 * <li>{@code SEX}: {@code sex} as F, M, X or U;</li>
 * <li>{@code NATIONALITY_CLAIMED}: {@code country}; {@code NATIONALITY_VERIFIED}: {@code country} and
 * {@code verifiedThrough} (the document or channel);</li>
 * <li>{@code LANGUAGE}: {@code language} (ISO 639) and {@code interpreterNeeded};</li>
 * <li>{@code DOCUMENT}: {@code documentType}, {@code documentNumber}, {@code country} (issuing) and
 * {@code authenticity} (the check and its result).</li>
 * </ul>
 * Every fact has {@code source} (how it is known: the child's statement, a document, a database), and
 * optionally {@code statedBy} and {@code statedOn} (today when left out).
 */
public record IdentityFactInput(FactKind kind, String givenName, String familyName, String givenNameLatin,
		String familyNameLatin, LocalDate birthDate, Integer birthYear, LocalDate birthEarliest, LocalDate birthLatest,
		Boolean birthUnknown, String sex, String country, String verifiedThrough, String language,
		Boolean interpreterNeeded, String documentType, String documentNumber, String authenticity, String source,
		String statedBy, LocalDate statedOn) {

	public static IdentityFactInput name(FactKind kind, String givenName, String familyName, String source) {
		return new IdentityFactInput(kind, givenName, familyName, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, source, null, null);
	}

	public static IdentityFactInput of(FactKind kind, String source) {
		return new IdentityFactInput(kind, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, source, null, null);
	}

	public IdentityFactInput withSex(String value) {
		return new IdentityFactInput(kind, givenName, familyName, givenNameLatin, familyNameLatin, birthDate, birthYear,
				birthEarliest, birthLatest, birthUnknown, value, country, verifiedThrough, language, interpreterNeeded,
				documentType, documentNumber, authenticity, source, statedBy, statedOn);
	}

	public IdentityFactInput withCountry(String value) {
		return new IdentityFactInput(kind, givenName, familyName, givenNameLatin, familyNameLatin, birthDate, birthYear,
				birthEarliest, birthLatest, birthUnknown, sex, value, verifiedThrough, language, interpreterNeeded,
				documentType, documentNumber, authenticity, source, statedBy, statedOn);
	}

	public IdentityFactInput withBirth(LocalDate exact, Integer year, LocalDate earliest, LocalDate latest) {
		return new IdentityFactInput(kind, givenName, familyName, givenNameLatin, familyNameLatin, exact, year, earliest,
				latest, birthUnknown, sex, country, verifiedThrough, language, interpreterNeeded, documentType,
				documentNumber, authenticity, source, statedBy, statedOn);
	}

	public IdentityFactInput withLanguage(String code, boolean interpreter) {
		return new IdentityFactInput(kind, givenName, familyName, givenNameLatin, familyNameLatin, birthDate, birthYear,
				birthEarliest, birthLatest, birthUnknown, sex, country, verifiedThrough, code, interpreter, documentType,
				documentNumber, authenticity, source, statedBy, statedOn);
	}

	public IdentityFactInput statedBy(String who, LocalDate on) {
		return new IdentityFactInput(kind, givenName, familyName, givenNameLatin, familyNameLatin, birthDate, birthYear,
				birthEarliest, birthLatest, birthUnknown, sex, country, verifiedThrough, language, interpreterNeeded,
				documentType, documentNumber, authenticity, source, who, on);
	}

}
