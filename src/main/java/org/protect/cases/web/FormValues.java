package org.protect.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.protect.shared.InvalidInputException;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The values of a submitted page form, read leniently: a blank field is {@code null}, and a date or number
 * that cannot be read is a field problem for the form rather than an error page. Pages post plain
 * {@code application/x-www-form-urlencoded} (or multipart) forms, so that they work without JavaScript.
 */
final class FormValues {

	private final MultiValueMap<String, String> values;

	private final InvalidInputException.Collector problems;

	private final String prefix;

	/** Row names as the service numbers them, to the rows of the page: {@code panel[0]} to {@code panel[2]}. */
	private final Map<String, String> rowNames;

	FormValues(MultiValueMap<String, String> values) {
		this(values == null ? new LinkedMultiValueMap<>() : values, new InvalidInputException.Collector(), "",
				new HashMap<>());
	}

	private FormValues(MultiValueMap<String, String> values, InvalidInputException.Collector problems, String prefix,
			Map<String, String> rowNames) {
		this.values = values;
		this.rowNames = rowNames;
		this.problems = problems;
		this.prefix = prefix;
	}

	/** The field's text, stripped; {@code null} when blank. */
	String text(String name) {
		String value = values.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	String upper(String name) {
		String value = text(name);
		return value == null ? null : value.toUpperCase(Locale.ROOT);
	}

	/** Every value of a repeated field (checkboxes), blanks left out. */
	List<String> all(String name) {
		List<String> all = values.get(name);
		return all == null ? List.of() : all.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
	}

	/** One item per non-blank line of a text area. */
	List<String> lines(String name) {
		String value = values.getFirst(name);
		if (value == null) {
			return List.of();
		}
		return value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** A checkbox: ticked when sent. */
	boolean ticked(String name) {
		String value = values.getFirst(name);
		return value != null && !value.isBlank() && !"false".equals(value);
	}

	LocalDate date(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(prefix + name, "cases.web.validation.date");
			return null;
		}
	}

	Integer integer(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			problems.add(prefix + name, "cases.web.validation.number");
			return null;
		}
	}

	<E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(prefix + name, "cases.web.validation.choice");
			return null;
		}
	}

	/**
	 * The rows of a repeated group ({@code prefix[0].field}, {@code prefix[1].field}, …) that have anything
	 * filled in: the blank rows a page offers for adding are left out, and the rows kept are renumbered, as
	 * the service names its problems by the position in the list it got.
	 */
	List<FormValues> rows(String prefix, String... fields) {
		List<FormValues> rows = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			MultiValueMap<String, String> row = new LinkedMultiValueMap<>();
			boolean any = false;
			boolean present = false;
			for (String field : fields) {
				List<String> given = values.get(prefix + "[" + i + "]." + field);
				if (given != null) {
					present = true;
					row.put(field, given);
					any |= given.stream().anyMatch(v -> v != null && !v.isBlank());
				}
			}
			if (!present) {
				break;
			}
			if (any) {
				String name = this.prefix + prefix + "[" + rows.size() + "]";
				rowNames.put(name, this.prefix + prefix + "[" + i + "]");
				rows.add(new FormValues(row, problems, name + ".", rowNames));
			}
		}
		return rows;
	}

	/** Records that a required field of this form (or row) is blank. */
	void requireLater(String name) {
		problems.add(prefix + name, "validation.required");
	}

	/** The name of the page's field for a field the service names by its position in the rows it got. */
	String pageField(String field) {
		int end = field.indexOf(']');
		if (end < 0) {
			return field;
		}
		String row = field.substring(0, end + 1);
		return rowNames.getOrDefault(row, row) + field.substring(end + 1);
	}

	/** Throws the problems of reading, if any: the service is not called with what could not be read. */
	void throwIfAny() {
		problems.throwIfAny();
	}

}
