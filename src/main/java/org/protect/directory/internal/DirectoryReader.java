package org.protect.directory.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.protect.directory.Directory;
import org.protect.directory.DirectoryEntry;
import org.protect.directory.EntryType;
import org.protect.directory.Guide;
import org.protect.directory.SearchQuery;
import org.protect.directory.SearchResults;
import org.protect.directory.Situation;
import org.protect.directory.internal.EntryRepository.View;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DirectoryReader implements Directory {

	private static final String ORDERED = " ORDER BY (r.document->'attributes'->>'order')::int NULLS LAST, "
			+ "r.document->'attributes'->>'number', e.key";

	private final EntryRepository entries;

	private final DirectorySearch search;

	DirectoryReader(EntryRepository entries, DirectorySearch search) {
		this.entries = entries;
		this.search = search;
	}

	@Override
	public Optional<DirectoryEntry> entry(String key) {
		return entries.find(key, View.PUBLISHED);
	}

	@Override
	public Optional<DirectoryEntry> country(String code) {
		return published("e.type = 'COUNTRY' AND e.country = ?", code.toUpperCase(Locale.ROOT)).stream().findFirst();
	}

	@Override
	public List<DirectoryEntry> countries() {
		return published("e.type = 'COUNTRY' ORDER BY r.document->'translations'->'en'->>'name'");
	}

	@Override
	public List<DirectoryEntry> instruments() {
		return published("e.type = 'INSTRUMENT' ORDER BY r.document->'attributes'->>'body', "
				+ "r.document->'attributes'->>'adopted'");
	}

	@Override
	public List<DirectoryEntry> children(String parentKey, EntryType type) {
		return published("e.type = ? AND e.parent_id = (SELECT id FROM directory.entry WHERE key = ?)" + ORDERED,
				type.name(), parentKey);
	}

	@Override
	public List<DirectoryEntry> inCountry(String code, EntryType type) {
		return published("e.type = ? AND e.country = ?" + ORDERED, type.name(), code.toUpperCase(Locale.ROOT));
	}

	@Override
	public List<DirectoryEntry> agreementsOf(String code) {
		return published("e.type = 'AGREEMENT' AND (e.country = ? OR jsonb_exists(r.document->'attributes'->'countries', ?))"
				+ " ORDER BY e.key", code.toUpperCase(Locale.ROOT), code.toUpperCase(Locale.ROOT));
	}

	@Override
	public List<DirectoryEntry> proceduresFor(String code) {
		return published("e.type = 'PROCEDURE' AND (e.country = ? OR e.country IS NULL) ORDER BY e.country NULLS LAST, "
				+ "r.document->'attributes'->>'situation'", code.toUpperCase(Locale.ROOT));
	}

	@Override
	public Map<String, DirectoryEntry> byKeys(Collection<String> keys) {
		Map<String, DirectoryEntry> found = new LinkedHashMap<>();
		if (!keys.isEmpty()) {
			published("e.key = ANY(?)", (Object) keys.toArray(String[]::new)).forEach(e -> found.put(e.key(), e));
		}
		return found;
	}

	@Override
	public SearchResults search(SearchQuery query) {
		return search.search(query);
	}

	@Override
	public Guide guide(String country, Situation situation, String origin, Locale locale) {
		return new GuideBuilder(this, locale).build(country.toUpperCase(Locale.ROOT), situation,
				origin == null || origin.isBlank() ? null : origin.toUpperCase(Locale.ROOT));
	}

	private List<DirectoryEntry> published(String condition, Object... params) {
		return entries.findWhere(View.PUBLISHED, "e.published_revision IS NOT NULL AND " + condition, params);
	}

}
