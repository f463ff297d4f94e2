package org.protect.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.protect.cases.FactKind;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.identity.BirthDate;
import org.protect.identity.PersonRecord;

/**
 * A case's child as the privacy-preserving query encodes it: one record per name the child is known by
 * (the names and aliases on file, not voided, Latin form first), with the sex, the nationality claimed and
 * the year of birth when the case places it in one calendar year. The year alone, because the two sides
 * rarely know the same day: an "about 12" in one country is a document's date in the other.
 */
final class LinkageRecords {

	/** Names per child: more would let a query probe for many children at once. */
	static final int MAX_NAMES = 10;

	private LinkageRecords() {
	}

	static List<PersonRecord> of(CaseRow row, List<IdentityFact> facts) {
		Set<List<String>> names = new LinkedHashSet<>();
		for (int i = facts.size() - 1; i >= 0 && names.size() < MAX_NAMES; i--) {
			IdentityFact fact = facts.get(i);
			if (fact.voided() || (fact.kind() != FactKind.NAME && fact.kind() != FactKind.ALIAS)) {
				continue;
			}
			IdentityFactInput name = fact.value();
			String given = latinOr(name.givenNameLatin(), name.givenName());
			String family = latinOr(name.familyNameLatin(), name.familyName());
			if (given != null || family != null) {
				names.add(java.util.Arrays.asList(given, family));
			}
		}
		BirthDate birth = null;
		if (row.birthEarliest() != null && row.birthLatest() != null
				&& row.birthEarliest().getYear() == row.birthLatest().getYear()) {
			birth = BirthDate.parse(Integer.toString(row.birthLatest().getYear()));
		}
		String sex = row.sex() == null || "U".equals(row.sex()) ? null : row.sex().toLowerCase(Locale.ROOT);
		List<PersonRecord> records = new ArrayList<>();
		int n = 0;
		for (List<String> name : names) {
			records.add(new PersonRecord(row.id() + "#" + n++, name.get(0), name.get(1), birth, sex,
					row.nationalityClaimed(), null));
		}
		return records;
	}

	/** The case a record of {@link #of} belongs to. */
	static java.util.UUID caseOf(String recordId) {
		return java.util.UUID.fromString(recordId.substring(0, recordId.indexOf('#')));
	}

	private static String latinOr(String latin, String original) {
		String value = latin != null && !latin.isBlank() ? latin : original;
		return value == null || value.isBlank() ? null : value.strip();
	}

}
