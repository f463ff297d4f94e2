package org.protect.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.protect.statistics.Count;
import org.protect.statistics.CountTable;
import org.protect.statistics.Dimension;

/**
 * The figures about the children of a period, every country of origin at once, so that the answer for all
 * countries and the answer for one country are read from the same suppressed tables: whoever holds both (or
 * every country's) holds one consistently suppressed table, not two that are each safe alone and can be
 * subtracted.
 * <p>
 * First the children by country ({@link SmallCellSuppression#byCountry(int[])}). A country whose number is
 * published there (5 or more) is a row of every other table; the countries whose number is withheld are one row
 * added up, and the answer for one of them is withheld whole: its breakdown would give its number away. Then,
 * for each breakdown, country against it ({@link SmallCellSuppression#byCountry(int[][], int, boolean)}): its
 * column totals are the breakdown for all countries, a country's row is its breakdown. Zero children from a
 * country: its figures are zeros (they describe nobody).
 */
final class ChildrenByCountry {

	/** Where a query's country stands. */
	private enum Standing {
		ALL, ROW, NONE, WITHHELD
	}

	/** What a figure is: a section of {@code statistics.daily_figure} and a key in it. */
	record Key(String section, String key) {
	}

	private final Map<String, Map<Key, Long>> counts = new HashMap<>();

	/** Every country with children in the period, by code, {@code unknown} last. */
	private final List<String> countries;

	private final SmallCellSuppression.Result byCountry;

	/** The countries whose number is published, in the order of the joint tables' rows. */
	private final List<String> shown = new ArrayList<>();

	/** The countries whose number is withheld: one row of the joint tables, after the others. */
	private final List<String> withheld = new ArrayList<>();

	/**
	 * @param figures the period's figures, each with its country in {@code key2}
	 */
	ChildrenByCountry(List<StatisticsRepository.Figure> figures) {
		for (var figure : figures) {
			counts.computeIfAbsent(figure.key2(), country -> new HashMap<>())
				.merge(new Key(figure.section(), figure.key()), figure.n(), Long::sum);
		}
		List<String> present = new ArrayList<>(counts.keySet().stream().filter(c -> children(c) > 0).sorted().toList());
		if (present.remove("unknown")) {
			present.add("unknown");
		}
		this.countries = List.copyOf(present);
		this.byCountry = SmallCellSuppression.byCountry(countries.stream().mapToInt(c -> (int) children(c)).toArray());
		for (int i = 0; i < countries.size(); i++) {
			(byCountry.cells()[i][0].published() ? shown : withheld).add(countries.get(i));
		}
	}

	private long children(String country) {
		return count(country, new Key("INDICATOR", "CHILDREN"));
	}

	private long count(String country, Key key) {
		return counts.getOrDefault(country, Map.of()).getOrDefault(key, 0L);
	}

	private Standing standing(String country) {
		if (country == null) {
			return Standing.ALL;
		}
		if (shown.contains(country)) {
			return Standing.ROW;
		}
		return countries.contains(country) ? Standing.WITHHELD : Standing.NONE;
	}

	/** The children of the query's country, or all ({@code null}). */
	Count total(String country) {
		return switch (standing(country)) {
			case ALL -> byCountry.columnTotals()[0];
			case ROW -> byCountry.cells()[countries.indexOf(country)][0];
			case NONE -> Count.of(0);
			case WITHHELD -> Count.hidden(Count.Withheld.WITHHELD);
		};
	}

	/** The answer for a withheld country is withheld whole. */
	boolean withheld(String country) {
		return standing(country) == Standing.WITHHELD;
	}

	/** The table by country: every country, or the query's country alone. */
	CountTable byCountryTable(String country) {
		if (country == null) {
			return new CountTable(Dimension.COUNTRY_OF_ORIGIN, Dimension.COUNT, countries, List.of("CHILDREN"),
					Arrays.stream(byCountry.cells()).map(List::of).toList(), null, List.of(byCountry.columnTotals()),
					null);
		}
		Count total = total(country);
		return new CountTable(Dimension.COUNTRY_OF_ORIGIN, Dimension.COUNT, List.of(country), List.of("CHILDREN"),
				List.of(List.of(total)), null, List.of(total), null);
	}

	/**
	 * A breakdown, country against {@code keys}, suppressed jointly. A country whose row cannot be protected
	 * (all its children in two columns, 1 and 5: with its number known, the 1 is given away whatever else is
	 * withheld) joins the withheld countries in this breakdown, its answer withheld, rather than the breakdown
	 * being withheld for every country.
	 *
	 * @param lines each country's row adds up to its number of children (a child counts in exactly one column)
	 */
	Breakdown breakdown(List<Key> keys, boolean lines) {
		List<String> rows = new ArrayList<>(shown);
		List<String> rest = new ArrayList<>(withheld);
		while (true) {
			int[][] inner = new int[rows.size() + (rest.isEmpty() ? 0 : 1)][keys.size()];
			for (int j = 0; j < keys.size(); j++) {
				for (int i = 0; i < rows.size(); i++) {
					inner[i][j] = (int) count(rows.get(i), keys.get(j));
				}
				for (String country : rest) {
					inner[rows.size()][j] += (int) count(country, keys.get(j));
				}
			}
			var result = SmallCellSuppression.byCountry(inner, keys.size(), lines, !rest.isEmpty());
			if (result.exposedRow() < 0 || result.exposedRow() >= rows.size()) {
				return new Breakdown(result, rows, keys.size());
			}
			rest.add(rows.remove(result.exposedRow()));
		}
	}

	/** A breakdown suppressed for all countries at once; read for all or for one. */
	final class Breakdown {

		private final SmallCellSuppression.Result result;

		/** The countries with a row of their own; the others are withheld here. */
		private final List<String> rows;

		private final int size;

		private Breakdown(SmallCellSuppression.Result result, List<String> rows, int size) {
			this.result = result;
			this.rows = List.copyOf(rows);
			this.size = size;
		}

		private Standing standing(String country) {
			Standing standing = ChildrenByCountry.this.standing(country);
			return standing == Standing.ROW && !rows.contains(country) ? Standing.WITHHELD : standing;
		}

		/** The breakdown for the query's country, or all countries ({@code null}). */
		List<Count> cells(String country) {
			return switch (standing(country)) {
				case ALL -> List.of(result.columnTotals());
				case ROW -> List.of(result.cells()[rows.indexOf(country)]);
				case NONE -> Collections.nCopies(size, Count.of(0));
				case WITHHELD -> Collections.nCopies(size, Count.hidden(Count.Withheld.WITHHELD));
			};
		}

		/** The total of the breakdown (the number of children) for the query's country, or all countries. */
		Count total(String country) {
			return switch (standing(country)) {
				case ALL -> result.total();
				case ROW -> result.rowTotals()[rows.indexOf(country)];
				case NONE -> Count.of(0);
				case WITHHELD -> Count.hidden(Count.Withheld.WITHHELD);
			};
		}

	}

}
