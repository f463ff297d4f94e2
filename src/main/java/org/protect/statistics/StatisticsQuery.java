package org.protect.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.protect.shared.InvalidInputException;

/**
 * Which figures to compute: the children identified (and the requests sent or received) from {@code from}
 * to {@code to}, both days included, optionally only children of one country of origin.
 *
 * @param from the first day
 * @param to the last day
 * @param country an ISO 3166-1 alpha-2 code (upper case; {@code XK} for Kosovo), or {@code null} for all
 */
public record StatisticsQuery(LocalDate from, LocalDate to, String country) {

	private static final Set<String> COUNTRIES = countries();

	/**
	 * Reads the query as it comes from a form or the API; every problem is named by its field. Left out,
	 * the period is the twelve months up to {@code today}.
	 *
	 * @throws InvalidInputException when a date is not an ISO date, the period ends before it starts, or the
	 *         country is not a country code
	 */
	public static StatisticsQuery parse(String from, String to, String country, LocalDate today) {
		var problems = new InvalidInputException.Collector();
		LocalDate end = date(problems, "to", to);
		LocalDate start = date(problems, "from", from);
		String code = null;
		if (country != null && !country.isBlank()) {
			code = country.strip().toUpperCase(Locale.ROOT);
			if (!COUNTRIES.contains(code)) {
				problems.add("country", "validation.country");
			}
		}
		if (problems.isEmpty()) {
			end = end == null ? today : end;
			start = start == null ? end.minusYears(1).plusDays(1) : start;
			if (end.isBefore(start)) {
				problems.add("to", "validation.audit.toBeforeFrom");
			}
		}
		problems.throwIfAny();
		return new StatisticsQuery(start, end, code);
	}

	private static LocalDate date(InvalidInputException.Collector problems, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 1900 || date.getYear() > 9999) {
				problems.add(field, "statistics.validation.date");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "statistics.validation.date");
			return null;
		}
	}

	private static Set<String> countries() {
		var codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
		// Kosovo has no ISO 3166-1 code yet; XK is the code the EU and the Council of Europe use.
		codes.add("XK");
		return Set.copyOf(codes);
	}

	/** Every country code accepted, for the pages' choice of country. */
	public static Set<String> countryCodes() {
		return COUNTRIES;
	}

}
