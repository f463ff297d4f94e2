package org.protect.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A birth date as it is known: exact, partial (year and month, year only), a range, or an
 * age estimated at a registration date. Children on the move often know only roughly how old
 * they are, so the matcher compares the interval of possible dates, not a single day.
 *
 * @param text the date as written, kept for digit-level comparison of exact dates
 * @param year the year, or 0 when only a range is known
 * @param month the month 1-12, or 0 when unknown
 * @param day the day 1-31, or 0 when unknown
 * @param earliest first possible day (epoch day)
 * @param latest last possible day (epoch day)
 */
public record BirthDate(String text, int year, int month, int day, long earliest, long latest) {

	/**
	 * Reads {@code YYYYMMDD}, {@code YYYY-MM-DD}, {@code YYYYMM}, {@code YYYY}, a range
	 * {@code FROM..TO} of such forms, or an estimated age {@code ~AGE@YYYYMMDD} (about AGE
	 * years old when registered on that day). Returns null for an empty value. Digits that do
	 * not form a valid calendar date (corrupted records) are kept as text with an empty range.
	 */
	public static BirthDate parse(String raw) {
		if (raw == null) {
			return null;
		}
		String value = raw.strip().replace("-", "").replace("/", "").toLowerCase(Locale.ROOT);
		if (value.isEmpty()) {
			return null;
		}
		if (value.startsWith("~")) {
			return estimatedAge(value);
		}
		int dots = value.indexOf("..");
		if (dots > 0) {
			BirthDate from = parse(value.substring(0, dots));
			BirthDate to = parse(value.substring(dots + 2));
			if (from == null || to == null) {
				return unknown(value);
			}
			return new BirthDate(value, 0, 0, 0, from.earliest, to.latest);
		}
		if (!value.chars().allMatch(Character::isDigit)) {
			return unknown(value);
		}
		return switch (value.length()) {
			case 8 -> ofDigits(value, toInt(value, 0, 4), toInt(value, 4, 6), toInt(value, 6, 8));
			case 6 -> ofDigits(value, toInt(value, 0, 4), toInt(value, 4, 6), 0);
			case 4 -> ofDigits(value, toInt(value, 0, 4), 0, 0);
			default -> unknown(value);
		};
	}

	/** Whether any single day is known to be possible (false for corrupted digits). */
	public boolean hasRange() {
		return earliest <= latest;
	}

	/** Whether year, month and day are all known. */
	public boolean isExact() {
		return year > 0 && month > 0 && day > 0;
	}

	/** Width of the interval of possible dates in days. */
	public long widthDays() {
		return hasRange() ? latest - earliest + 1 : 0;
	}

	private static BirthDate ofDigits(String text, int year, int month, int day) {
		try {
			if (day > 0) {
				long epochDay = LocalDate.of(year, month, day).toEpochDay();
				return new BirthDate(text, year, month, day, epochDay, epochDay);
			}
			if (month > 0) {
				LocalDate first = LocalDate.of(year, month, 1);
				return new BirthDate(text, year, month, 0, first.toEpochDay(),
						first.plusMonths(1).minusDays(1).toEpochDay());
			}
			return new BirthDate(text, year, 0, 0, LocalDate.of(year, 1, 1).toEpochDay(),
					LocalDate.of(year, 12, 31).toEpochDay());
		}
		catch (DateTimeException corrupted) {
			return new BirthDate(text, year, month, day, 1, 0);
		}
	}

	private static BirthDate estimatedAge(String value) {
		int at = value.indexOf('@');
		if (at < 0) {
			return unknown(value);
		}
		try {
			int age = Integer.parseInt(value.substring(1, at));
			BirthDate registered = parse(value.substring(at + 1));
			if (registered == null || !registered.isExact()) {
				return unknown(value);
			}
			LocalDate on = LocalDate.ofEpochDay(registered.earliest);
			// An estimated age is often off by a year either way: accept one year of error.
			long earliest = on.minusYears(age + 2L).plusDays(1).toEpochDay();
			long latest = on.minusYears(Math.max(0, age - 1L)).toEpochDay();
			return new BirthDate(value, 0, 0, 0, earliest, latest);
		}
		catch (NumberFormatException malformed) {
			return unknown(value);
		}
	}

	private static BirthDate unknown(String value) {
		return new BirthDate(value, 0, 0, 0, 1, 0);
	}

	private static int toInt(String value, int from, int to) {
		return Integer.parseInt(value, from, to, 10);
	}

}
