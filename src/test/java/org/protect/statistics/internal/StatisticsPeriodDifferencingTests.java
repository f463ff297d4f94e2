package org.protect.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.statistics.Count;
import org.protect.statistics.Dashboard;
import org.protect.statistics.StatisticsPeriod;
import org.protect.statistics.StatisticsQuery;

/**
 * The attack, tried everywhere: an analyst asks for every period and filter the API allows over a year of
 * synthetic children (seeded; small counts in places; 9 children in December, one of them on the 1st) and sets
 * each answer against every other that covers it, against the sum of shorter periods inside it, and the year for
 * all countries against the sum of any set of countries' years. No count from 1 to 4 comes out. The same attack on
 * the answers as they were computed before periods were fixed (every table for any period, each suppressed on its
 * own) does find small counts, which shows it would catch a regression.
 */
class StatisticsPeriodDifferencingTests {

	private static final int YEAR = 2025;

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	private static final List<String> COUNTRIES = List.of("AF", "SY", "ER", "VN", "MA", "TV");

	private final SyntheticNode node = SyntheticNode.generate(20261208L, YEAR);

	private final StatisticsService service = new StatisticsService(node, new NodeProperties("SE", "Synthetic"), null);

	/** An answer: what was asked and the counts it published. */
	record Answer(StatisticsPeriod period, String country, Map<String, Integer> figures) {

		/** Whether every child (or request) this answer counts is counted by the other one too. */
		boolean within(Answer other) {
			return other.period.contains(period) && (other.country == null || Objects.equals(other.country, country));
		}

		@Override
		public String toString() {
			return period + (country == null ? "" : " " + country);
		}

	}

	@Test
	void noPairOfAllowedPeriodsAndFiltersGivesACountUnderFiveAway() {
		List<Answer> answers = answers(query -> service.compute(query), true);

		// Seventeen periods for all countries, and the year for each country.
		assertThat(answers).hasSize(17 + COUNTRIES.size());
		assertThat(answers.get(0).figures()).containsEntry("children.total", 81);
		assertThat(differences(answers)).isEmpty();
		assertThat(sumsOfShorterPeriods(answers)).isEmpty();
		assertThat(sumsOfCountries(answers)).isEmpty();
	}

	@Test
	void theSameAttackFindsSmallCountsWhenEveryPeriodIsSuppressedOnItsOwn() {
		// Every table for every fixed period, each answer suppressed alone: what fixing the periods without a rule
		// across them would publish. The fourth quarter (12) minus December (9) gives October and November's 3.
		List<Answer> naive = answers(query -> service.detailed(query), false);

		assertThat(differences(naive)).contains("children.total: 2025-Q4 − 2025-12 = 3");
		assertThat(sumsOfShorterPeriods(naive)).isNotEmpty();
	}

	@Test
	void freeRangesWouldGiveTheChildOfDecemberTheFirstAway() {
		// The example, with the ranges the API offered before: all of December against 2 to 31 December.
		Count december = new ChildrenByCountry(node.childrenByCountry(LocalDate.of(YEAR, 12, 1), LocalDate.of(YEAR, 12, 31)))
			.total(null);
		Count fromTheSecond = new ChildrenByCountry(
				node.childrenByCountry(LocalDate.of(YEAR, 12, 2), LocalDate.of(YEAR, 12, 31))).total(null);

		assertThat(december.value() - fromTheSecond.value()).isEqualTo(1);
		// No such range can be asked for now.
		assertThat(refused("2025-12-02")).isTrue();
	}

	private static boolean refused(String from) {
		try {
			StatisticsQuery.parse(null, from, "2025-12-31", null, TODAY);
			return false;
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().anyMatch(problem -> problem.field().equals("from"));
		}
	}

	/**
	 * Every answer of the year for every filter: through the API's own rules when {@code allowedOnly}, so that
	 * what it refuses (a country with a month) is not asked for; else every combination.
	 */
	private List<Answer> answers(Function<StatisticsQuery, Dashboard> compute, boolean allowedOnly) {
		List<StatisticsPeriod> periods = new ArrayList<>();
		periods.add(StatisticsPeriod.ofYear(YEAR));
		for (int q = 1; q <= 4; q++) {
			periods.add(StatisticsPeriod.ofQuarter(YEAR, q));
		}
		for (int m = 1; m <= 12; m++) {
			periods.add(StatisticsPeriod.ofMonth(YEAR, m));
		}
		List<String> filters = new ArrayList<>();
		filters.add(null);
		filters.addAll(COUNTRIES);
		List<Answer> answers = new ArrayList<>();
		for (String country : filters) {
			for (StatisticsPeriod period : periods) {
				StatisticsQuery query;
				if (allowedOnly) {
					try {
						query = StatisticsQuery.parse(period.code(), null, null, country, TODAY);
					}
					catch (InvalidInputException ex) {
						continue;
					}
				}
				else {
					query = new StatisticsQuery(period, country);
				}
				answers.add(new Answer(period, country, PublishedFigures.of(compute.apply(query))));
			}
		}
		return answers;
	}

	/** Each answer against each answer that covers it, figure by figure: differences from 1 to 4. */
	private static List<String> differences(List<Answer> answers) {
		List<String> found = new ArrayList<>();
		for (Answer smaller : answers) {
			for (Answer larger : answers) {
				if (smaller == larger || !smaller.within(larger)) {
					continue;
				}
				smaller.figures().forEach((name, value) -> {
					Integer covering = larger.figures().get(name);
					if (covering != null) {
						assertThat(covering).as("%s in %s and %s", name, larger, smaller).isGreaterThanOrEqualTo(value);
						int difference = covering - value;
						if (difference >= 1 && difference <= 4) {
							found.add(name + ": " + larger + " − " + smaller + " = " + difference);
						}
					}
				});
			}
		}
		return found;
	}

	/**
	 * A year or a quarter minus any set of its quarters and months that do not overlap (a quarter minus two of its
	 * months, a year minus three quarters), for all countries: what is left from 1 to 4.
	 */
	private static List<String> sumsOfShorterPeriods(List<Answer> answers) {
		Map<String, Answer> all = new LinkedHashMap<>();
		answers.stream().filter(a -> a.country() == null).forEach(a -> all.put(a.period().code(), a));
		List<String> found = new ArrayList<>();
		Answer year = all.get(String.valueOf(YEAR));
		// Per quarter: 0 nothing taken away, 1 the quarter itself, 2..8 a non-empty set of its months (bits of n - 1).
		for (int family = 1; family < 9 * 9 * 9 * 9; family++) {
			List<Answer> parts = new ArrayList<>();
			int rest = family;
			for (int q = 1; q <= 4; q++, rest /= 9) {
				parts.addAll(parts(all, q, rest % 9));
			}
			found.addAll(residues(year, parts));
		}
		for (int q = 1; q <= 4; q++) {
			for (int choice = 2; choice < 9; choice++) {
				found.addAll(residues(all.get(YEAR + "-Q" + q), parts(all, q, choice)));
			}
		}
		return found;
	}

	/** The year for all countries minus the year for any set of countries: the others added up, from 1 to 4. */
	private static List<String> sumsOfCountries(List<Answer> answers) {
		Answer all = answers.stream().filter(a -> a.country() == null && a.period().kind() == StatisticsPeriod.Kind.YEAR)
			.findFirst()
			.orElseThrow();
		List<Answer> countries = answers.stream().filter(a -> a.country() != null).toList();
		List<String> found = new ArrayList<>();
		for (int subset = 1; subset < 1 << countries.size(); subset++) {
			List<Answer> parts = new ArrayList<>();
			for (int i = 0; i < countries.size(); i++) {
				if ((subset & 1 << i) != 0) {
					parts.add(countries.get(i));
				}
			}
			found.addAll(residues(all, parts));
		}
		return found;
	}

	private static List<Answer> parts(Map<String, Answer> all, int quarter, int choice) {
		if (choice == 0) {
			return List.of();
		}
		if (choice == 1) {
			return List.of(all.get(YEAR + "-Q" + quarter));
		}
		List<Answer> months = new ArrayList<>();
		for (int bit = 0; bit < 3; bit++) {
			if (((choice - 1) & 1 << bit) != 0) {
				months.add(all.get("%d-%02d".formatted(YEAR, 3 * quarter - 2 + bit)));
			}
		}
		return months;
	}

	private static List<String> residues(Answer whole, List<Answer> parts) {
		if (parts.size() < 2) {
			return List.of(); // one part is a pair, tried above
		}
		List<String> found = new ArrayList<>();
		whole.figures().forEach((name, value) -> {
			if (parts.stream().allMatch(part -> part.figures().containsKey(name))) {
				int residue = value - parts.stream().mapToInt(part -> part.figures().get(name)).sum();
				if (residue >= 1 && residue <= 4) {
					found.add(name + ": " + whole + " − " + parts + " = " + residue);
				}
			}
		});
		return found;
	}

}
