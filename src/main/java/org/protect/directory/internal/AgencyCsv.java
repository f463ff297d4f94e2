package org.protect.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.protect.directory.EditorialStatus;
import org.protect.directory.EntryDocument;
import org.protect.directory.EntryType;
import org.protect.directory.ImportProblem;
import org.protect.directory.ImportRefusedException;

/**
 * Agencies and their contacts from a spreadsheet: one row per contact, the agency's columns repeated
 * (or left empty after its first row). Columns: {@code key, country, name, original_name, agency_types}
 * (separated by {@code |}), {@code website, mandate, source_url, source_supports, contact_kind,
 * contact_value, contact_label}. Every problem names its line and column.
 */
final class AgencyCsv {

	static final List<String> COLUMNS = List.of("key", "country", "name", "original_name", "agency_types", "website",
			"mandate", "source_url", "source_supports", "contact_kind", "contact_value", "contact_label");

	private static final Map<String, String> FIELD_TO_COLUMN = Map.ofEntries(Map.entry("key", "key"),
			Map.entry("country", "country"), Map.entry("translations.en.name", "name"),
			Map.entry("attributes.originalName", "original_name"), Map.entry("attributes.agencyTypes", "agency_types"),
			Map.entry("attributes.website", "website"), Map.entry("translations.en.mandate", "mandate"),
			Map.entry("sources[0].url", "source_url"), Map.entry("attributes.kind", "contact_kind"),
			Map.entry("attributes.value", "contact_value"), Map.entry("translations.en.label", "contact_label"));

	private AgencyCsv() {
	}

	static List<EntryDocument> read(String csv) {
		List<List<String>> rows = parse(csv);
		List<ImportProblem> problems = new ArrayList<>();
		if (rows.isEmpty()) {
			throw new ImportRefusedException(List.of(new ImportProblem(1, null, "header", "directory.csv.empty")));
		}
		List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		for (String column : List.of("key", "country", "name", "agency_types")) {
			if (!header.contains(column)) {
				problems.add(new ImportProblem(1, null, column, "directory.csv.missingColumn", column));
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportRefusedException(problems);
		}
		Map<String, Integer> agencies = new LinkedHashMap<>();
		List<EntryDocument> documents = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		Map<String, Integer> contactCount = new HashMap<>();
		for (int r = 1; r < rows.size(); r++) {
			Map<String, String> row = new HashMap<>();
			for (int c = 0; c < header.size(); c++) {
				row.put(header.get(c), c < rows.get(r).size() ? rows.get(r).get(c).trim() : "");
			}
			int line = r + 1;
			String key = row.getOrDefault("key", "");
			if (row.values().stream().allMatch(String::isEmpty)) {
				continue;
			}
			if (!agencies.containsKey(key)) {
				agencies.put(key, documents.size());
				documents.add(agency(row));
				lines.add(line);
			}
			if (!row.getOrDefault("contact_kind", "").isEmpty() || !row.getOrDefault("contact_value", "").isEmpty()) {
				int n = contactCount.merge(key, 1, Integer::sum);
				documents.add(contact(key, n, row));
				lines.add(line);
			}
		}
		for (ImportProblem problem : EntryValidator.validate(documents, k -> null)) {
			int index = problem.position() - 1;
			String column = FIELD_TO_COLUMN.getOrDefault(problem.field(), problem.field());
			problems.add(new ImportProblem(lines.get(index), problem.key(), column, problem.messageKey(),
					problem.arguments()));
		}
		if (!problems.isEmpty()) {
			throw new ImportRefusedException(problems);
		}
		return documents;
	}

	private static EntryDocument agency(Map<String, String> row) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		List<String> types = List.of(row.getOrDefault("agency_types", "").split("\\|"))
			.stream()
			.map(String::trim)
			.filter(t -> !t.isEmpty())
			.toList();
		if (!types.isEmpty()) {
			attributes.put("agencyTypes", types);
		}
		putIfPresent(attributes, "originalName", row.get("original_name"));
		putIfPresent(attributes, "website", row.get("website"));
		Map<String, String> english = new LinkedHashMap<>();
		putIfPresent(english, "name", row.get("name"));
		putIfPresent(english, "mandate", row.get("mandate"));
		List<EntryDocument.Source> sources = row.getOrDefault("source_url", "").isEmpty() ? List.of()
				: List.of(new EntryDocument.Source(row.get("source_url"), blankToNull(row.get("source_supports"))));
		String country = row.getOrDefault("country", "").toUpperCase(Locale.ROOT);
		return new EntryDocument(row.get("key"), EntryType.AGENCY, null, country.isEmpty() ? null : country, "NATIONAL",
				EditorialStatus.IN_REVIEW, null, sources, attributes, Map.of("en", english));
	}

	private static EntryDocument contact(String agencyKey, int n, Map<String, String> row) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		putIfPresent(attributes, "kind", row.get("contact_kind").toUpperCase(Locale.ROOT));
		putIfPresent(attributes, "value", row.get("contact_value"));
		Map<String, String> english = new LinkedHashMap<>();
		putIfPresent(english, "label", row.get("contact_label"));
		String key = "contact:" + (agencyKey.startsWith("agency:") ? agencyKey.substring(7) : agencyKey) + ":" + n;
		String country = row.getOrDefault("country", "").toUpperCase(Locale.ROOT);
		return new EntryDocument(key, EntryType.CONTACT, agencyKey, country.isEmpty() ? null : country, "NATIONAL",
				EditorialStatus.IN_REVIEW, null, List.of(), attributes, Map.of("en", english));
	}

	private static <T> void putIfPresent(Map<String, T> map, String name, String value) {
		if (value != null && !value.isBlank()) {
			@SuppressWarnings("unchecked")
			T cast = (T) value.trim();
			map.put(name, cast);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** RFC 4180: fields separated by commas, quoted with double quotes, a quote inside doubled. */
	static List<List<String>> parse(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new ImportRefusedException(List.of(new ImportProblem(rows.size() + 1, null, "", "directory.csv.openQuote")));
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}
