package org.protect.directory;

import java.util.List;

/**
 * A page of search results, best first.
 *
 * @param total how many entries match in all
 * @param results this page's results
 * @param correctedText the query as corrected for typos, when it was
 */
public record SearchResults(long total, List<Result> results, String correctedText) {

	/**
	 * One result.
	 *
	 * @param type the entry's type
	 * @param id the entry's key
	 * @param title its name in the language asked for
	 * @param snippet the matching passage, HTML-escaped, matches in {@code <mark>}
	 * @param country its country, or null
	 * @param url the path of its page
	 */
	public record Result(String type, String id, String title, String snippet, String country, String url) {
	}

}
