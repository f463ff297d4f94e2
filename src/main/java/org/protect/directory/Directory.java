package org.protect.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The published directory, as everyone may read it without signing in: entries, search and the guide.
 */
public interface Directory {

	Optional<DirectoryEntry> entry(String key);

	Optional<DirectoryEntry> country(String code);

	List<DirectoryEntry> countries();

	List<DirectoryEntry> instruments();

	/** Published entries of a type under a parent (articles of an instrument, steps of a procedure…), in order. */
	List<DirectoryEntry> children(String parentKey, EntryType type);

	/** Published entries of a type that belong to a country. */
	List<DirectoryEntry> inCountry(String code, EntryType type);

	/** Published agreements to which a country is a party. */
	List<DirectoryEntry> agreementsOf(String code);

	/** Published procedures that apply in a country: its own, then the generic ones. */
	List<DirectoryEntry> proceduresFor(String code);

	/** Published entries by key; keys without a published entry are left out. */
	Map<String, DirectoryEntry> byKeys(Collection<String> keys);

	SearchResults search(SearchQuery query);

	/** The ordered steps for a situation in a country, with the other country's side when the origin is known. */
	Guide guide(String country, Situation situation, String origin, Locale locale);

}
