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
 * "gardianship" finds guardianship. When all words together find nothing, any of them will do; when
 * that finds nothing either, titles match when the query is similar to a part of them (word
 * similarity), so that "Haag" finds "Haagkonvention". An entry whose whole title is the query comes
 * first; laws, countries, procedures and agencies rank above the details that belong to them. Only the
 * page's rows get a snippet.
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
		SearchResults all = run(query, language, corrected, Match.ALL_WORDS);
		if (all.total() == 0) {
			all = run(query, language, corrected, Match.ANY_WORD);
		}
		if (all.total() == 0) {
			all = run(query, language, corrected, Match.TITLE_SIMILARITY);
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
			if (word.length() < 4) {
				words.add(word);
				continue;
			}
			// The nearest word by trigram distance (GiST index); the word itself when the directory has it.
			words.add(jdbc.sql("""
					SELECT word, similarity(word, :word) AS similarity FROM directory.search_word
					ORDER BY word <-> :word LIMIT 1""")
				.param("word", word)
				.query((rs, n) -> rs.getDouble("similarity") >= WORD_SIMILARITY ? rs.getString("word") : word)
				.optional()
				.orElse(word));
		}
		return String.join(" ", words);
	}

	/** How a query matches: all its words, any of them, or the title by similarity (compound words). */
	private enum Match {

		ALL_WORDS, ANY_WORD, TITLE_SIMILARITY

	}

	private SearchResults run(SearchQuery query, String language, String text, Match match) {
		String configuration = SearchIndexer.configuration(language);
		// The query is written out where it is used (not in a CTE), so that the planner uses the GIN index.
		String tsquery = match == Match.ANY_WORD
				? "CAST(replace(CAST(websearch_to_tsquery(CAST(:cfg AS regconfig), :text) AS text), '&', '|') AS tsquery)"
				: "websearch_to_tsquery(CAST(:cfg AS regconfig), :text)";
		String relevance = match == Match.TITLE_SIMILARITY ? "word_similarity(:plain, s.title_plain)"
				: "ts_rank_cd(s.document, " + tsquery + ", 32)";
		String condition = match == Match.TITLE_SIMILARITY ? ":plain <% s.title_plain" : "s.document @@ " + tsquery;
		StringBuilder sql = new StringBuilder("WITH hits AS (");
		sql.append("""
				SELECT s.entry_id, s.type, s.country, s.title, s.body, %s
				       + CASE WHEN s.title_plain = :plain THEN 1 ELSE 0 END
				       + CASE s.type WHEN 'INSTRUMENT' THEN 0.4 WHEN 'COUNTRY' THEN 0.4 WHEN 'PROCEDURE' THEN 0.3
				                     WHEN 'AGENCY' THEN 0.3 WHEN 'ARTICLE' THEN 0.2 ELSE 0 END AS rank
				FROM directory.search_index s
				WHERE s.language = :language AND %s""".formatted(relevance, condition));
		if (query.country() != null && !query.country().isBlank()) {
			sql.append(" AND s.country = :country");
		}
		if (query.type() != null) {
			sql.append(" AND s.type = :type");
		}
		if (query.instrument() != null && !query.instrument().isBlank()) {
			sql.append(" AND :instrument = ANY(s.instruments)");
		}
		// Only the page's rows get a snippet: ts_headline is the costly part of a search.
		sql.append("), page AS (SELECT hits.*, count(*) OVER () AS total FROM hits ORDER BY rank DESC, title ")
			.append("LIMIT :limit OFFSET :offset) ")
			.append("""
				SELECT e.key, p.type, p.country, p.title, p.total,
				       ts_headline(CAST(:cfg AS regconfig), p.body, %s,
				           'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
				FROM page p JOIN directory.entry e ON e.id = p.entry_id
				ORDER BY p.rank DESC, p.title""".formatted(match == Match.ANY_WORD ? tsquery
						: "websearch_to_tsquery(CAST(:cfg AS regconfig), :text)"));
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
