package org.protect.statistics;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.protect.shared.InvalidInputException;

/**
 * Which figures to compute: the children identified (and the requests sent or received) in a fixed period,
 * optionally only children of one country of origin. Figures for one country are published for whole years
 * only (see {@code internal.NestedPeriods} for why).
 *
 * @param period a whole month, quarter or year that is over
 * @param country an ISO 3166-1 alpha-2 code (upper case; {@code XK} for Kosovo), or {@code null} for all
 */
public record StatisticsQuery(StatisticsPeriod period, String country) {

	private static final Set<String> COUNTRIES = countries();

	/**
	 * Reads the query as it comes from a form or the API; every problem is named by its field. Left out, the
	 * period is the last whole year.
	 *
	 * @param from a free range's first day: refused, named so that an old client learns why
	 * @param to a free range's last day: refused likewise
	 * @throws InvalidInputException when a free range is asked for, the period is not a month, quarter or year
	 *         that is over, the country is not a country code, or a country is asked for with less than a year
	 */
	public static StatisticsQuery parse(String period, String from, String to, String country, LocalDate today) {
		var problems = new InvalidInputException.Collector();
		// Two free ranges a day apart, subtracted, describe the children of that day: not offered at all.
		if (from != null && !from.isBlank()) {
			problems.add("from", "statistics.validation.freeRange");
		}
		if (to != null && !to.isBlank()) {
			problems.add("to", "statistics.validation.freeRange");
		}
		StatisticsPeriod chosen = null;
		if (period == null || period.isBlank()) {
			chosen = StatisticsPeriod.ofYear(today.getYear() - 1);
		}
		else {
			chosen = StatisticsPeriod.parse(period).orElse(null);
			if (chosen == null) {
				problems.add("period", "statistics.validation.period");
			}
			else if (!chosen.to().isBefore(today)) {
				// A period still running grows day by day: yesterday's answer subtracted from today's would be today.
				problems.add("period", "statistics.validation.periodNotOver");
				chosen = null;
			}
		}
		String code = null;
		if (country != null && !country.isBlank()) {
			code = country.strip().toUpperCase(Locale.ROOT);
			if (!COUNTRIES.contains(code)) {
				problems.add("country", "validation.country");
			}
			else if (chosen != null && chosen.kind() != StatisticsPeriod.Kind.YEAR) {
				problems.add("country", "statistics.validation.countryNeedsYear");
			}
		}
		problems.throwIfAny();
		return new StatisticsQuery(chosen, code);
	}

	/** The first day of the period. */
	public LocalDate from() {
		return period.from();
	}

	/** The last day of the period. */
	public LocalDate to() {
		return period.to();
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
