package org.protect.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A period the figures are published for: a whole calendar month, quarter or year, never a range of one's own
 * choosing. Free ranges would let a reader subtract two answers a day apart and learn about the children
 * identified on that day (the December 1st); fixed periods nest in one hierarchy per year, which the
 * suppression can protect as a whole (see {@code internal.NestedPeriods}).
 *
 * @param kind month, quarter or year
 * @param year the calendar year
 * @param number the month (1–12) or the quarter (1–4); 0 for a year
 */
public record StatisticsPeriod(Kind kind, int year, int number) {

	/** How long a period is. */
	public enum Kind {
		MONTH, QUARTER, YEAR
	}

	private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?");

	public StatisticsPeriod {
		if (year < 1900 || year > 9999) {
			throw new IllegalArgumentException("year out of range");
		}
		int most = switch (kind) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case YEAR -> 0;
		};
		if (kind == Kind.YEAR ? number != 0 : number < 1 || number > most) {
			throw new IllegalArgumentException("no such " + kind.name().toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * Reads {@code 2026-12} (a month), {@code 2026-Q4} (a quarter) or {@code 2026} (a year).
	 *
	 * @return empty when the text is none of these
	 */
	public static Optional<StatisticsPeriod> parse(String code) {
		Matcher m = CODE.matcher(code == null ? "" : code.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		try {
			if (m.group(2) != null) {
				return Optional.of(new StatisticsPeriod(Kind.MONTH, year, Integer.parseInt(m.group(2))));
			}
			if (m.group(3) != null) {
				return Optional.of(new StatisticsPeriod(Kind.QUARTER, year, Integer.parseInt(m.group(3))));
			}
			return Optional.of(new StatisticsPeriod(Kind.YEAR, year, 0));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public static StatisticsPeriod ofYear(int year) {
		return new StatisticsPeriod(Kind.YEAR, year, 0);
	}

	public static StatisticsPeriod ofQuarter(int year, int quarter) {
		return new StatisticsPeriod(Kind.QUARTER, year, quarter);
	}

	public static StatisticsPeriod ofMonth(int year, int month) {
		return new StatisticsPeriod(Kind.MONTH, year, month);
	}

	/** The first month of the period (1–12). */
	public int firstMonth() {
		return switch (kind) {
			case MONTH -> number;
			case QUARTER -> 3 * number - 2;
			case YEAR -> 1;
		};
	}

	/** The last month of the period (1–12). */
	public int lastMonth() {
		return switch (kind) {
			case MONTH -> number;
			case QUARTER -> 3 * number;
			case YEAR -> 12;
		};
	}

	/** The first day. */
	public LocalDate from() {
		return LocalDate.of(year, firstMonth(), 1);
	}

	/** The last day. */
	public LocalDate to() {
		return YearMonth.of(year, lastMonth()).atEndOfMonth();
	}

	/** Whether the period lies wholly within this one (or is this one). */
	public boolean contains(StatisticsPeriod other) {
		return other.year == year && other.firstMonth() >= firstMonth() && other.lastMonth() <= lastMonth();
	}

	/** The year the period belongs to. */
	public StatisticsPeriod wholeYear() {
		return ofYear(year);
	}

	/** As the API and the audit log write it: {@code 2026-12}, {@code 2026-Q4}, {@code 2026}. */
	@JsonValue
	public String code() {
		return switch (kind) {
			case MONTH -> "%04d-%02d".formatted(year, number);
			case QUARTER -> "%04d-Q%d".formatted(year, number);
			case YEAR -> "%04d".formatted(year);
		};
	}

	@Override
	public String toString() {
		return code();
	}

}
