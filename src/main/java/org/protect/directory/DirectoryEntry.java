package org.protect.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.protect.directory.EntryDocument.Verification;

/**
 * A directory entry as a page shows it: its content (the published revision for the public, the latest
 * for editors), whether and when it was verified, and when it last changed.
 */
public record DirectoryEntry(UUID id, EntryDocument document, int revision, Integer publishedRevision,
		EditorialStatus latestStatus, Verification verification, Instant updatedAt, String updatedBy) {

	/** Entries verified longer ago than this are stale and listed for editors to check again. */
	public static final int STALE_AFTER_MONTHS = 12;

	public String key() {
		return document.key();
	}

	public EntryType type() {
		return document.type();
	}

	public String country() {
		return document.country();
	}

	public List<EntryDocument.Source> sources() {
		return document.sources();
	}

	public Map<String, Object> attributes() {
		return document.attributes();
	}

	public Object attribute(String name) {
		return document.attributes().get(name);
	}

	/** A list attribute (legal bases, agency types…) as texts; empty when the entry has none. */
	public List<String> listAttribute(String name) {
		return document.attributes().get(name) instanceof List<?> list ? list.stream().map(String::valueOf).toList()
				: List.of();
	}

	/** A text field in the language asked for, or in English (marked as a fallback) when there is none. */
	public LocalisedText text(String field, Locale locale) {
		String language = locale.getLanguage();
		Map<String, String> wanted = document.translations().get(language);
		if (wanted != null && wanted.get(field) != null && !wanted.get(field).isBlank()) {
			return new LocalisedText(wanted.get(field), language, false);
		}
		Map<String, String> english = document.translations().getOrDefault("en", Map.of());
		String value = english.get(field);
		return new LocalisedText(value == null ? "" : value, "en", !"en".equals(language) && value != null);
	}

	/** The entry's name or title in the language asked for. */
	public LocalisedText title(Locale locale) {
		return text(TitleField.of(type()), locale);
	}

	public boolean verified() {
		return verification != null;
	}

	public boolean staleOn(LocalDate today) {
		return verification != null && verification.at().isBefore(today.minusMonths(STALE_AFTER_MONTHS));
	}

	/**
	 * A text and the language it is really in.
	 *
	 * @param value the text
	 * @param language its language code
	 * @param fallback true when it is English standing in for a missing translation
	 */
	public record LocalisedText(String value, String language, boolean fallback) {

		/** The text's paragraphs: a blank line separates them. */
		public List<String> paragraphs() {
			return value.isBlank() ? List.of() : List.of(value.strip().split("\\n\\s*\\n"));
		}

		@Override
		public String toString() {
			return value;
		}

	}

	/** Which text field names an entry of each type. */
	public static final class TitleField {

		private TitleField() {
		}

		public static String of(EntryType type) {
			return switch (type) {
				case COUNTRY, AGENCY -> "name";
				case INSTRUMENT, PROCEDURE, STEP, AGREEMENT -> "title";
				case ARTICLE -> "heading";
				case BINDING -> "note";
				case CONTACT -> "label";
			};
		}

	}

}
