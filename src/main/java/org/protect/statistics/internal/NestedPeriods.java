package org.protect.statistics.internal;

import java.util.Arrays;

import org.protect.statistics.Count;
import org.protect.statistics.StatisticsPeriod;

/**
 * One count (the children identified, or the requests) over the nested periods of a year: the year, its four
 * quarters and its twelve months, suppressed as one hierarchical table so that no answer set against another
 * (a quarter minus one of its months, a year minus a quarter, a year minus three quarters) gives a number from 1
 * to 4 away.
 * <p>
 * <b>What is published for which period.</b> Each year is one hierarchy; years do not overlap. The year's answer
 * has every table, each suppressed as {@link SmallCellSuppression} and {@link ChildrenByCountry} say, for all
 * countries and for each country. A month's or a quarter's answer has only two counts, for all countries: the
 * children identified and the cross-border requests, each from this class. Their breakdowns and a country filter
 * are published for whole years only.
 * <p>
 * <b>The hierarchy.</b> The year's count is the one its own answer shows. Its quarters are a column whose total
 * is the year, suppressed as the countries of origin are ({@link SmallCellSuppression#byCountry(int[])}): a
 * reader who holds the total and any one part learns the other parts added up, which is the situation that
 * method's two extra rules are for. So the withheld quarters never add up to 1 to 4, and where the other quarters
 * add up to 1 to 4 this one is withheld. The months of a published quarter are suppressed the same way under it;
 * the months of a withheld quarter are all withheld ({@link Count.Withheld#PERIOD}, which says nothing of their
 * value). A year withheld withholds everything under it.
 * <p>
 * <b>Why no subtraction gives a small count away.</b>
 * <ol>
 * <li>Within one count. What a reader can work out exactly from published counts of nested periods is a sum of
 * "regions": the year minus its published quarters, a published quarter minus its published months, a published
 * month. The first two are withheld parts added up, never 1 to 4 (the group rule); a published count is 0 or 5
 * and more. A sum of numbers each 0 or at least 5 is 0 or at least 5. Beyond sums, each withheld quarter or month
 * that holds 1 to 4 has a second data set that fits everything published: one child (or request) moved to
 * another withheld quarter (from a month of it to a month of the other, both withheld) or to another withheld
 * month of the same quarter; the year and every published part stay as they are.</li>
 * <li>Between the year's tables and the months and quarters. Every second data set the year's suppression finds
 * (its proof for a small cell) changes what children are (sex, age band, country, screening, flags), never when
 * they were identified: no month's or quarter's count changes. Every second data set of item 1 changes only when
 * one child was identified, within the year: no figure of the year changes. So a reader holding every answer of
 * the year, for every filter, still has two candidates for every count withheld as small.</li>
 * <li>A month's or a quarter's breakdown, or one country's month, could not be published beside this: a second
 * data set for the year (a girl who is a boy) would change a month's table of sexes unless that month withheld it
 * too, and no rule across three dimensions (time, country, breakdown) is proven here. The breakdowns for a year
 * are worth more for policy than those for a month, so the year has them.</li>
 * </ol>
 * What this does not cover: figures that change after they are published (a case registered late, or corrected,
 * changes a past month's count; the answers before and after differ by that child), and the limits the README
 * lists for one year's tables (links between tables; one country's requests against all requests).
 */
final class NestedPeriods {

	private final Count year;

	private final Count[] quarters = new Count[4];

	private final Count[] months = new Count[12];

	/**
	 * @param year the year's count as the year's own answer shows it
	 * @param byMonth the count of each month, January first; they add up to the year
	 */
	NestedPeriods(Count year, int[] byMonth) {
		if (byMonth.length != 12) {
			throw new IllegalArgumentException("twelve months");
		}
		this.year = year;
		// The months and the year are two reads; a refresh between them could make them disagree. Then nothing is
		// published below the year rather than figures that do not add up.
		boolean agree = year.published() && year.value() == Arrays.stream(byMonth).sum();
		if (!agree) {
			// A year of 1 to 4 is withheld whole, and so is everything in it; otherwise nothing says how much it held.
			Count below = Count.hidden(year.withheld() == Count.Withheld.WITHHELD ? Count.Withheld.WITHHELD
					: Count.Withheld.PERIOD);
			Arrays.fill(quarters, below);
			Arrays.fill(months, below);
			return;
		}
		int[] byQuarter = new int[4];
		for (int m = 0; m < 12; m++) {
			byQuarter[m / 3] += byMonth[m];
		}
		Count[] q = parts(byQuarter);
		for (int i = 0; i < 4; i++) {
			quarters[i] = q[i];
			Count[] inQuarter = q[i].published() ? parts(Arrays.copyOfRange(byMonth, 3 * i, 3 * i + 3))
					: new Count[] { period(), period(), period() };
			System.arraycopy(inQuarter, 0, months, 3 * i, 3);
		}
	}

	/** The parts of a published whole, suppressed against the whole and against each other. */
	private static Count[] parts(int[] counts) {
		var result = SmallCellSuppression.byCountry(counts);
		Count[] parts = new Count[counts.length];
		for (int i = 0; i < counts.length; i++) {
			// Withheld whole (a part of 1 beside one of 5 under a known total): nothing of them is shown.
			parts[i] = result.withheld() ? period() : result.cells()[i][0];
		}
		return parts;
	}

	private static Count period() {
		return Count.hidden(Count.Withheld.PERIOD);
	}

	/** The count of a period of this year. */
	Count count(StatisticsPeriod period) {
		return switch (period.kind()) {
			case YEAR -> year;
			case QUARTER -> quarters[period.number() - 1];
			case MONTH -> months[period.number() - 1];
		};
	}

}
