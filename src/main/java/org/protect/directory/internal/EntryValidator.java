package org.protect.directory.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.protect.directory.EntryDocument;
import org.protect.directory.EntryType;
import org.protect.directory.ImportProblem;

/**
 * Checks entries against their type's fields and against each other: every problem of every entry is
 * reported at once, each with the entry's position, key and field, so that an import is fixed in one go.
 */
final class EntryValidator {

	static final Pattern KEY = Pattern.compile("[a-z]+:[a-z0-9][a-z0-9.:_-]{0,190}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private EntryValidator() {
	}

	/**
	 * @param entries the entries to check, in document order
	 * @param existing the type of an entry already in the directory, by key, or null
	 */
	static List<ImportProblem> validate(List<EntryDocument> entries, Function<String, EntryType> existing) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, EntryType> inDocument = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			EntryDocument entry = entries.get(i);
			if (entry.key() != null && entry.type() != null && inDocument.putIfAbsent(entry.key(), entry.type()) != null) {
				problems.add(new ImportProblem(i + 1, entry.key(), "key", "directory.import.duplicateKey"));
			}
		}
		Function<String, EntryType> known = key -> inDocument.containsKey(key) ? inDocument.get(key) : existing.apply(key);
		for (int i = 0; i < entries.size(); i++) {
			check(i + 1, entries.get(i), known, problems);
		}
		return problems;
	}

	private static void check(int index, EntryDocument entry, Function<String, EntryType> known,
			List<ImportProblem> problems) {
		String key = entry.key();
		if (entry.type() == null) {
			problems.add(new ImportProblem(index, key, "type", "directory.import.type"));
			return;
		}
		if (key == null || !KEY.matcher(key).matches() || !key.startsWith(entry.type().prefix() + ":")) {
			problems.add(new ImportProblem(index, key, "key", "directory.import.key", entry.type().prefix()));
		}
		TypeSpecs.TypeSpec spec = TypeSpecs.of(entry.type());
		if (spec.parentType() == null && entry.parent() != null) {
			problems.add(new ImportProblem(index, key, "parent", "directory.import.noParentAllowed"));
		}
		if (spec.parentType() != null && (entry.parent() == null || known.apply(entry.parent()) != spec.parentType())) {
			problems.add(new ImportProblem(index, key, "parent", "directory.import.parent", spec.parentType().prefix()));
		}
		if (entry.country() != null && !COUNTRIES.contains(entry.country()) && !"XK".equals(entry.country())) {
			problems.add(new ImportProblem(index, key, "country", "directory.import.country"));
		}
		if ((entry.type() == EntryType.COUNTRY || entry.type() == EntryType.AGENCY || entry.type() == EntryType.BINDING)
				&& entry.country() == null) {
			problems.add(new ImportProblem(index, key, "country", "directory.import.countryRequired"));
		}
		if (entry.scope() == null || !TypeSpecs.SCOPES.contains(entry.scope())) {
			problems.add(new ImportProblem(index, key, "scope", "directory.import.scope"));
		}
		if (entry.status() == null) {
			problems.add(new ImportProblem(index, key, "status", "directory.import.status"));
		}
		if (entry.verified() != null && (entry.verified().at() == null || blank(entry.verified().by())
				|| !isUrl(entry.verified().source()))) {
			problems.add(new ImportProblem(index, key, "verified", "directory.import.verified"));
		}
		for (int s = 0; s < entry.sources().size(); s++) {
			if (!isUrl(entry.sources().get(s).url())) {
				problems.add(new ImportProblem(index, key, "sources[" + s + "].url", "directory.import.url"));
			}
		}
		for (TypeSpecs.Field field : spec.attributes()) {
			checkAttribute(index, key, field, entry.attributes().get(field.name()), known, problems);
		}
		for (String attribute : entry.attributes().keySet()) {
			if (spec.attributes().stream().noneMatch(f -> f.name().equals(attribute))) {
				problems.add(new ImportProblem(index, key, "attributes." + attribute, "directory.import.unknownField"));
			}
		}
		if (entry.type() == EntryType.COUNTRY && entry.country() != null
				&& !entry.country().equals(entry.attributes().get("code"))) {
			problems.add(new ImportProblem(index, key, "attributes.code", "directory.import.countryCode"));
		}
		Map<String, String> english = entry.translations().get("en");
		if (english == null) {
			problems.add(new ImportProblem(index, key, "translations.en", "directory.import.englishRequired"));
		}
		for (var translation : entry.translations().entrySet()) {
			if (!LANGUAGE.matcher(translation.getKey()).matches()) {
				problems.add(new ImportProblem(index, key, "translations." + translation.getKey(), "directory.import.language"));
				continue;
			}
			for (String field : translation.getValue().keySet()) {
				if (spec.texts().stream().noneMatch(f -> f.name().equals(field))) {
					problems.add(new ImportProblem(index, key, "translations." + translation.getKey() + "." + field,
							"directory.import.unknownField"));
				}
			}
		}
		for (TypeSpecs.Field field : spec.texts()) {
			if (field.required() && english != null && blank(english.get(field.name()))) {
				problems.add(new ImportProblem(index, key, "translations.en." + field.name(), "directory.import.required"));
			}
		}
	}

	private static void checkAttribute(int index, String key, TypeSpecs.Field field, Object value,
			Function<String, EntryType> known, List<ImportProblem> problems) {
		String name = "attributes." + field.name();
		if (value == null || value instanceof String text && text.isBlank()) {
			if (field.required()) {
				problems.add(new ImportProblem(index, key, name, "directory.import.required"));
			}
			return;
		}
		boolean ok = switch (field.kind()) {
			case TEXT, LONG_TEXT -> value instanceof String;
			case URL -> value instanceof String text && isUrl(text);
			case DATE -> value instanceof String text && isDate(text);
			case BOOLEAN -> value instanceof Boolean;
			case INTEGER -> value instanceof Integer || value instanceof Long;
			case ENUM -> field.values().contains(value);
			case LIST -> value instanceof Collection<?> list && list.stream().allMatch(String.class::isInstance);
			case ENUM_LIST -> value instanceof Collection<?> list && !list.isEmpty()
					&& list.stream().allMatch(field.values()::contains);
			case KEY -> value instanceof String ref && refOk(ref, field.refType(), known);
			case KEY_LIST -> value instanceof Collection<?> list
					&& list.stream().allMatch(ref -> ref instanceof String text && refOk(text, field.refType(), known));
		};
		if (!ok) {
			problems.add(new ImportProblem(index, key, name, "directory.import.invalid." + field.kind().name()));
		}
	}

	private static boolean refOk(String key, EntryType expected, Function<String, EntryType> known) {
		EntryType actual = known.apply(key);
		return actual != null && (expected == null || expected == actual);
	}

	static boolean isUrl(String value) {
		if (blank(value)) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
