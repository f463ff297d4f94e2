package org.protect.statistics;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One figure of a table: a number of children (or of requests), or a figure withheld to protect them.
 * In JSON a published figure is a plain number and a withheld one an object,
 * {@code {"suppressed": true, "reason": "SMALL_COUNT"}}, so that no client can mistake it for a number.
 *
 * @param value the figure, or {@code null} when it is withheld
 * @param withheld why it is withheld, or {@code null} when it is published
 */
public record Count(Integer value, Withheld withheld) {

	public Count {
		if ((value == null) == (withheld == null)) {
			throw new IllegalArgumentException("a count is either published or withheld");
		}
	}

	public static Count of(int value) {
		return new Count(value, null);
	}

	public static Count hidden(Withheld reason) {
		return new Count(null, reason);
	}

	public boolean published() {
		return withheld == null;
	}

	@JsonValue
	Object json() {
		return published() ? value : Map.of("suppressed", true, "reason", withheld.name());
	}

	/** Why a figure is not shown. */
	public enum Withheld {

		/** Between 1 and 4: shown as "&lt;5". */
		SMALL_COUNT,

		/**
		 * Withheld so that a small count elsewhere in the same row or column cannot be worked out from the
		 * totals; the figure itself is 5 or more.
		 */
		COMPLEMENTARY,

		/** The whole table stands for fewer than 5: nothing of it is shown but that. */
		WITHHELD,

		/**
		 * A month's or a quarter's figure withheld so that it cannot be set against the other months or quarters
		 * of its year, and the year itself, to work out a number under 5. It may hold any number, 0 included.
		 */
		PERIOD

	}

}
