package org.protect.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.protect.directory.EntryType;
import org.protect.directory.SearchQuery;
import org.protect.directory.SearchResults;
import org.protect.shared.i18n.SupportedLanguages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the published directory. Words are matched stemmed and without diacritics; a query word the
 * directory does not contain is replaced by the closest word it does (trigram similarity), so that
 * "gardianship" finds guardianship; titles also match when the query is similar to a part of them
 * (word similarity), so that "Haag" finds "Haagkonvention". When all words together find nothing, any of
 * them will do. Laws, countries, procedures and agencies rank above the details that belong to them.
 */
@Component
class DirectorySearch {

	/** Marks that PostgreSQL puts around a match; replaced by {@code <mark>} after HTML escaping. */
	private static final String START = "\u0002";

	private static final String STOP = "\u0003";

	private static final double WORD_SIMILARITY = 0.4;

	private final JdbcClient jdbc;

	DirectorySearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SearchResults search(SearchQuery query) {
		String language = SupportedLanguages.find(query.language()).map(Locale::getLanguage).orElse("en");
		String text = query.text() == null ? "" : query.text().trim();
		if (text.isEmpty() || text.length() > 200) {
			return new SearchResults(0, List.of(), null);
		}
		String corrected = correct(text);
		SearchResults all = run(query, language, corrected, false);
		if (all.total() == 0) {
			all = run(query, language, corrected, true);
		}
		return new SearchResults(all.total(), all.results(), corrected.equals(SearchIndexer.plain(text)) ? null : corrected);
	}

	/** Replaces words the directory does not know by the most similar word it does. */
	String correct(String text) {
		List<String> words = new ArrayList<>();
		for (String word : SearchIndexer.plain(text).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (word.length() < 4 || known(word)) {
				words.add(word);
				continue;
			}
			words.add(jdbc.sql("""
					SELECT word FROM directory.search_word
					WHERE word % ? AND similarity(word, ?) >= ?
					ORDER BY similarity(word, ?) DESC, word LIMIT 1""")
				.params(word, word, WORD_SIMILARITY, word)
				.query(String.class)
				.optional()
				.orElse(word));
		}
		return String.join(" ", words);
	}

	private boolean known(String word) {
		return jdbc.sql("SELECT count(*) FROM directory.search_word WHERE word = ?").param(word).query(Long.class).single() > 0;
	}

	private SearchResults run(SearchQuery query, String language, String text, boolean anyWord) {
		String configuration = SearchIndexer.configuration(language);
		String tsquery = anyWord ? "CAST(replace(CAST(websearch_to_tsquery(CAST(:cfg AS regconfig), :text) AS text), '&', '|') AS tsquery)"
				: "websearch_to_tsquery(CAST(:cfg AS regconfig), :text)";
		StringBuilder sql = new StringBuilder("""
				SELECT e.key, s.type, s.country, s.title,
				       ts_headline(CAST(:cfg AS regconfig), s.body, q,
				           'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet,
				       count(*) OVER () AS total
				FROM directory.search_index s JOIN directory.entry e ON e.id = s.entry_id, """ + tsquery + """
				 AS q
				WHERE s.language = :language AND (s.document @@ q OR :plain <% s.title_plain)""");
		if (query.country() != null && !query.country().isBlank()) {
			sql.append(" AND s.country = :country");
		}
		if (query.type() != null) {
			sql.append(" AND s.type = :type");
		}
		if (query.instrument() != null && !query.instrument().isBlank()) {
			sql.append(" AND :instrument = ANY(s.instruments)");
		}
		sql.append(" ").append("""
				ORDER BY ts_rank_cd(s.document, q, 32) + word_similarity(:plain, s.title_plain)
				     + CASE s.type WHEN 'INSTRUMENT' THEN 0.4 WHEN 'COUNTRY' THEN 0.4 WHEN 'PROCEDURE' THEN 0.3
				                   WHEN 'AGENCY' THEN 0.3 WHEN 'ARTICLE' THEN 0.2 ELSE 0 END DESC, s.title
				 LIMIT :limit OFFSET :offset""");
		var statement = jdbc.sql(sql.toString())
			.param("cfg", configuration)
			.param("text", text)
			.param("plain", SearchIndexer.plain(query.text().trim()))
			.param("language", language)
			.param("limit", SearchQuery.PAGE_SIZE)
			.param("offset", Math.max(0, query.page()) * SearchQuery.PAGE_SIZE);
		if (query.country() != null && !query.country().isBlank()) {
			statement = statement.param("country", query.country().trim().toUpperCase(Locale.ROOT));
		}
		if (query.type() != null) {
			statement = statement.param("type", query.type().name());
		}
		if (query.instrument() != null && !query.instrument().isBlank()) {
			statement = statement.param("instrument", query.instrument().trim());
		}
		long[] total = { 0 };
		List<SearchResults.Result> results = statement.query((rs, n) -> {
			total[0] = rs.getLong("total");
			String key = rs.getString("key");
			return new SearchResults.Result(rs.getString("type"), key, rs.getString("title"),
					highlight(rs.getString("snippet")), rs.getString("country"), url(EntryType.valueOf(rs.getString("type")), key,
							rs.getString("country")));
		}).list();
		return new SearchResults(total[0], results, null);
	}

	static String url(EntryType type, String key, String country) {
		return type == EntryType.COUNTRY ? "/directory/countries/" + country : "/directory/entries/" + key;
	}

	private static String highlight(String snippet) {
		if (snippet == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(snippet).replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
