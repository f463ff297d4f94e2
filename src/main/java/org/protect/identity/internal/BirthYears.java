package org.protect.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The span of birth years in the records being matched, from the 2nd to the 98th percentile of
 * the known years (a few wrong years must not widen it): the u-probability of agreeing birth
 * years is estimated from the data, as Fellegi–Sunter allows, rather than assumed.
 */
public final class BirthYears {

	private static final double DEFAULT_SPAN = 90;

	private BirthYears() {
	}

	public static double span(List<PreparedPerson> left, List<PreparedPerson> right) {
		int[] years = Stream.concat(left.stream(), right.stream())
				.mapToInt(PreparedPerson::birthYear).filter(y -> y > 0).toArray();
		if (years.length < 50) {
			return DEFAULT_SPAN;
		}
		Arrays.sort(years);
		int low = years[(int) (years.length * 0.02)];
		int high = years[(int) (years.length * 0.98)];
		return high - low + 1;
	}

}
