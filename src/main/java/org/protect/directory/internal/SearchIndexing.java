package org.protect.directory.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.protect.directory.DirectoryEntry;

import org.springframework.stereotype.Component;

/**
 * Re-indexes published entries together with what their titles and filters need: their parents, the
 * countries they belong to, and the law they rest on.
 */
@Component
class SearchIndexing {

	private static final int BATCH = 500;

	private final DirectoryReader reader;

	private final SearchIndexer indexer;

	SearchIndexing(DirectoryReader reader, SearchIndexer indexer) {
		this.reader = reader;
		this.indexer = indexer;
	}

	void reindex(Collection<String> keys) {
		List<String> all = List.copyOf(keys);
		for (int from = 0; from < all.size(); from += BATCH) {
			Map<String, DirectoryEntry> published = reader.byKeys(all.subList(from, Math.min(all.size(), from + BATCH)));
			Set<String> relatedKeys = new LinkedHashSet<>();
			for (DirectoryEntry entry : published.values()) {
				if (entry.document().parent() != null) {
					relatedKeys.add(entry.document().parent());
				}
				relatedKeys.addAll(entry.listAttribute("legalBasis"));
				relatedKeys.addAll(entry.listAttribute("designatedUnder"));
			}
			Map<String, DirectoryEntry> related = new HashMap<>(reader.byKeys(relatedKeys));
			reader.countries().forEach(country -> related.put(SearchIndexer.countryKey(country.country()), country));
			indexer.index(List.copyOf(published.values()), related);
		}
	}

}
