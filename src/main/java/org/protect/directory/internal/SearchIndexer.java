package org.protect.directory.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.protect.directory.DirectoryEntry;
import org.protect.directory.EntryType;
import org.protect.shared.i18n.SupportedLanguages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with what is published: one row per entry and interface language,
 * stemmed with that language's configuration, and every word once in the lexicon that corrects typos.
 */
@Component
class SearchIndexer {

	/** A word of the lexicon: 3 to 40 letters or digits, at least one a letter (numbers are not misspelled). */
	private static final Pattern WORD = Pattern.compile("(?=[\\p{N}]*\\p{L})[\\p{L}\\p{N}]{3,40}");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final JdbcTemplate jdbc;

	SearchIndexer(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The text search configuration of a language (see the directory's first migration). */
	static String configuration(String language) {
		return switch (language) {
			case "sv", "lv", "lt" -> "directory." + language;
			default -> "directory.en";
		};
	}

	/**
	 * Indexes published entries, replacing what was indexed for them.
	 *
	 * @param entries the entries with their published content
	 * @param related the titles of entries they refer to (parent instruments, countries), by key
	 */
	void index(List<DirectoryEntry> entries, Map<String, DirectoryEntry> related) {
		if (entries.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		Set<String> words = new LinkedHashSet<>();
		for (DirectoryEntry entry : entries) {
			String[] instruments = instruments(entry, related).toArray(String[]::new);
			for (Locale locale : SupportedLanguages.ALL) {
				var title = title(entry, related, locale);
				String body = body(entry, locale);
				String language = locale.getLanguage();
				rows.add(new Object[] { entry.id(), language, entry.type().name(), entry.country(), instruments,
						title.value(), plain(title.value()), body, title.fallback(), configuration(language),
						title.value(), configuration(language), body });
				WORD.matcher(plain(title.value() + " " + body)).results().forEach(m -> words.add(m.group()));
			}
		}
		jdbc.batchUpdate("DELETE FROM directory.search_index WHERE entry_id = ?",
				entries.stream().map(e -> new Object[] { e.id() }).toList());
		jdbc.batchUpdate("""
				INSERT INTO directory.search_index (entry_id, language, type, country, instruments, title, title_plain, body,
				    fallback, document)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
				    setweight(to_tsvector(CAST(? AS regconfig), ?), 'A') || setweight(to_tsvector(CAST(? AS regconfig), ?), 'B'))""",
				rows);
		// One statement for the whole lexicon update: thousands of words, one round trip.
		jdbc.update("INSERT INTO directory.search_word (word) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING",
				(Object) words.toArray(String[]::new));
	}

	void remove(UUID entryId) {
		jdbc.update("DELETE FROM directory.search_index WHERE entry_id = ?", entryId);
	}

	/** Lower case without diacritics, as the lexicon and the trigram index hold words. */
	static String plain(String text) {
		return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
	}

	/** What a search result is called: an article or a binding is named with its instrument. */
	static DirectoryEntry.LocalisedText title(DirectoryEntry entry, Map<String, DirectoryEntry> related, Locale locale) {
		DirectoryEntry.LocalisedText own = entry.title(locale);
		DirectoryEntry parent = entry.document().parent() == null ? null : related.get(entry.document().parent());
		String parentName = parent == null ? "" : shortName(parent, locale);
		return switch (entry.type()) {
			case ARTICLE -> new DirectoryEntry.LocalisedText(
					parentName + " art. " + entry.attribute("number") + ": " + own.value(), own.language(), own.fallback());
			case BINDING -> {
				DirectoryEntry country = related.get(countryKey(entry.country()));
				String countryName = country == null ? String.valueOf(entry.country()) : country.title(locale).value();
				yield new DirectoryEntry.LocalisedText(parentName + " – " + countryName, own.language(), own.fallback());
			}
			case INSTRUMENT -> {
				String shortName = entry.text("shortName", locale).value();
				yield shortName.isBlank() ? own
						: new DirectoryEntry.LocalisedText(shortName + " – " + own.value(), own.language(), own.fallback());
			}
			default -> own;
		};
	}

	/** How the related-entries map holds a country's entry. */
	static String countryKey(String code) {
		return "@country:" + code;
	}

	static String shortName(DirectoryEntry instrument, Locale locale) {
		String shortName = instrument.text("shortName", locale).value();
		return shortName.isBlank() ? instrument.title(locale).value() : shortName;
	}

	private static String body(DirectoryEntry entry, Locale locale) {
		StringBuilder body = new StringBuilder();
		String titleField = DirectoryEntry.TitleField.of(entry.type());
		for (TypeSpecs.Field field : TypeSpecs.of(entry.type()).texts()) {
			if (!field.name().equals(titleField)) {
				append(body, entry.text(field.name(), locale).value());
			}
		}
		for (String attribute : List.of("citation", "originalName", "number", "value", "situation")) {
			Object value = entry.attribute(attribute);
			if (value instanceof String text) {
				append(body, text);
			}
		}
		return body.toString();
	}

	private static void append(StringBuilder body, String text) {
		if (text != null && !text.isBlank()) {
			if (!body.isEmpty()) {
				body.append('\n');
			}
			body.append(text);
		}
	}

	/** The instruments an entry belongs to or rests on, for the instrument filter. */
	private static Set<String> instruments(DirectoryEntry entry, Map<String, DirectoryEntry> related) {
		Set<String> keys = new LinkedHashSet<>();
		if (entry.type() == EntryType.INSTRUMENT) {
			keys.add(entry.key());
		}
		if (entry.type() == EntryType.ARTICLE || entry.type() == EntryType.BINDING) {
			keys.add(entry.document().parent());
		}
		for (String attribute : List.of("designatedUnder", "legalBasis")) {
			for (String key : entry.listAttribute(attribute)) {
				DirectoryEntry target = related.get(key);
				if (key.startsWith("instrument:")) {
					keys.add(key);
				}
				else if (target != null && target.document().parent() != null) {
					keys.add(target.document().parent());
				}
			}
		}
		return keys;
	}

}
