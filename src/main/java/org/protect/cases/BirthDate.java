package org.protect.cases;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's date of birth as far as it is known: exact, estimated as a range, or unknown.
 * <p>
 * Wherever the date decides something, the benefit of the doubt applies (presumption of minority:
 * Directive 2011/36/EU art. 13(2), Council of Europe Anti-Trafficking Convention art. 10(3), CRC General
 * Comment 6 para. 31): the latest plausible birth date is used, that is the youngest age the child may
 * be. An unknown date gives no age at all, so the child is presumed a minor.
 */
public sealed interface BirthDate permits BirthDate.Exact, BirthDate.Estimated, BirthDate.Unknown {

	static BirthDate exactly(LocalDate date) {
		return new Exact(date);
	}

	/** An estimate that the child was born between two dates, both included. */
	static BirthDate between(LocalDate earliest, LocalDate latest) {
		return new Estimated(earliest, latest);
	}

	/** An estimate of the year only: any day of that year is plausible. */
	static BirthDate inYear(int year) {
		return new Estimated(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	static BirthDate unknown() {
		return Unknown.INSTANCE;
	}

	/** The latest plausible birth date, or empty when nothing is known. */
	Optional<LocalDate> latestPlausible();

	/**
	 * The day the child turns 18 at the latest plausible birth date, or empty when the date is unknown.
	 * A child born on 29 February turns 18 on 1 March in a common year: the later of the two readings
	 * national laws use, for the benefit of the doubt.
	 */
	default Optional<LocalDate> eighteenthBirthday() {
		return latestPlausible().map(born -> {
			LocalDate birthday = born.plusYears(18);
			boolean leapDayLost = MonthDay.from(born).equals(MonthDay.of(2, 29))
					&& !Year.isLeap(birthday.getYear());
			return leapDayLost ? birthday.plusDays(1) : birthday;
		});
	}

	/** Whether the child is 18 or older on {@code date} even at the youngest plausible age. */
	default boolean certainlyAdultOn(LocalDate date) {
		return eighteenthBirthday().map(birthday -> !birthday.isAfter(date)).orElse(false);
	}

	/** The date of birth is known exactly (a verified document). */
	record Exact(LocalDate date) implements BirthDate {

		public Exact {
			Objects.requireNonNull(date, "date");
		}

		@Override
		public Optional<LocalDate> latestPlausible() {
			return Optional.of(date);
		}

	}

	/** The date of birth is estimated to lie between two dates, both included. */
	record Estimated(LocalDate earliest, LocalDate latest) implements BirthDate {

		public Estimated {
			Objects.requireNonNull(earliest, "earliest");
			Objects.requireNonNull(latest, "latest");
			if (latest.isBefore(earliest)) {
				throw new IllegalArgumentException("an estimated birth date needs earliest <= latest");
			}
		}

		@Override
		public Optional<LocalDate> latestPlausible() {
			return Optional.of(latest);
		}

	}

	/** Nothing is known about the date of birth. */
	enum Unknown implements BirthDate {

		INSTANCE;

		@Override
		public Optional<LocalDate> latestPlausible() {
			return Optional.empty();
		}

	}

}
