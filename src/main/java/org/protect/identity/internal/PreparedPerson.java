package org.protect.identity.internal;

import java.util.Locale;

import org.protect.identity.Address;
import org.protect.identity.BirthDate;
import org.protect.identity.PersonRecord;

/**
 * A person record normalised once for comparison and blocking. Missing parts are empty strings
 * so the comparison can test for them cheaply; street, locality and town are kept without spaces.
 */
public record PreparedPerson(String id, PreparedName given, PreparedName surname, BirthDate birthDate,
		String sex, String nationality, String streetNumber, String street, String locality, String town,
		String postcode, String region) {

	public static PreparedPerson of(PersonRecord record, NameNormaliser normaliser) {
		Address address = record.address();
		return new PreparedPerson(record.id(), normaliser.prepare(record.givenName()),
				normaliser.prepare(record.surname()), record.birthDate(), clean(record.sex()),
				clean(record.nationality()), clean(address.streetNumber()), compact(address.street()),
				compact(address.locality()), compact(address.town()), clean(address.postcode()),
				clean(address.region()));
	}

	/** Birth year if known, 0 otherwise. */
	public int birthYear() {
		return birthDate == null ? 0 : birthDate.year();
	}

	// Spaces in free text are as often lost or added as letters ("blackburnnorth"): compared without.
	private static String compact(String value) {
		return clean(value).replace(" ", "");
	}

	private static String clean(String value) {
		if (value == null) {
			return "";
		}
		return NameNormaliserText.fold(value.strip().toLowerCase(Locale.ROOT));
	}

}
