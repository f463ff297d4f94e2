package org.protect.identity;

/**
 * The identifying facts of one record about a person, as registered. Any part but the id may be
 * null. Names may be in any script; the matcher normalises them.
 *
 * @param id the record's reference in its source
 * @param givenName given names as written
 * @param surname family names as written
 * @param birthDate the birth date with its uncertainty
 * @param sex a code such as {@code f} or {@code m}
 * @param nationality an ISO 3166 country code
 * @param address where the person was found or lives
 */
public record PersonRecord(String id, String givenName, String surname, BirthDate birthDate, String sex,
		String nationality, Address address) {

	public PersonRecord {
		if (id == null) {
			throw new IllegalArgumentException("a person record needs an id");
		}
		if (address == null) {
			address = Address.NONE;
		}
	}

	public static PersonRecord of(String id, String givenName, String surname, String birthDate) {
		return new PersonRecord(id, givenName, surname, BirthDate.parse(birthDate), null, null, Address.NONE);
	}

}
