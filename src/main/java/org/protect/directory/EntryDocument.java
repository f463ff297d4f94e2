package org.protect.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One directory entry in the exchange format {@code protect-directory/1} (see docs/directory-format.md):
 * what an editor saves as a revision, what export writes and import reads.
 *
 * @param key stable identifier, {@code <type>:<slug>}
 * @param type the kind of entry
 * @param parent the parent entry's key, for articles, bindings, contacts and steps
 * @param country ISO 3166-1 alpha-2 code, or null for international entries
 * @param scope {@code INTERNATIONAL}, {@code EU}, {@code NATIONAL} or {@code BILATERAL}
 * @param status the editorial status
 * @param verified who checked the entry against which source, or null when unverified
 * @param sources where the entry's facts come from
 * @param attributes the type's language-independent fields
 * @param translations per language code, the type's text fields
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntryDocument(String key, EntryType type, String parent, String country, String scope,
		EditorialStatus status, Verification verified, List<Source> sources, Map<String, Object> attributes,
		Map<String, Map<String, String>> translations) {

	public EntryDocument {
		sources = sources == null ? List.of() : List.copyOf(sources);
		attributes = attributes == null ? Map.of() : attributes;
		translations = translations == null ? Map.of() : translations;
	}

	/**
	 * A source of an entry's facts.
	 *
	 * @param url where it can be read
	 * @param supports what it supports
	 */
	public record Source(String url, String supports) {
	}

	/**
	 * The record that an editor checked the entry against a source.
	 *
	 * @param at the day it was checked
	 * @param by who checked it
	 * @param source the URL it was checked against
	 */
	public record Verification(LocalDate at, String by, String source) {
	}

}
