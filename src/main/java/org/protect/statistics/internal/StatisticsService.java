package org.protect.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.cases.ExploitationType;
import org.protect.cooperation.RequestType;
import org.protect.shared.NodeProperties;
import org.protect.statistics.Count;
import org.protect.statistics.CountTable;
import org.protect.statistics.Dashboard;
import org.protect.statistics.Dimension;
import org.protect.statistics.Indicator;
import org.protect.statistics.StatisticsManagement;
import org.protect.statistics.StatisticsPeriod;
import org.protect.statistics.StatisticsQuery;
import org.protect.statistics.Timing;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the dashboard: the aggregated figures from {@link StatisticsRepository}, laid out as tables and
 * suppressed by {@link SmallCellSuppression}, and the audit entry of who asked for what.
 */
@Service
class StatisticsService implements StatisticsManagement {

	static final List<String> SEXES = List.of("F", "M", "X", "U");

	static final List<String> SCREENING = List.of("INDICATORS_FOUND", "NO_INDICATORS", "NOT_SCREENED");

	static final List<String> CHILD_MEASURES = List.of("GUARDIAN_APPOINTED", "BID", "DURABLE_SOLUTION");

	static final List<String> DEADLINE_OUTCOMES = List.of("ANSWERED_IN_TIME", "ANSWERED_LATE", "OPEN_PAST_DEADLINE");

	/** The indicators after the two bases, each with the base it counts among. */
	static final Map<String, String> INDICATORS = indicators();

	private final StatisticsRepository repository;

	private final NodeProperties node;

	private final AuditLog audit;

	StatisticsService(StatisticsRepository repository, NodeProperties node, AuditLog audit) {
		this.repository = repository;
		this.node = node;
		this.audit = audit;
	}

	private static Map<String, String> indicators() {
		var indicators = new LinkedHashMap<String, String>();
		indicators.put("RETURN_WITHOUT_ACCEPTED_CARE_PLAN", "RETURNS");
		indicators.put("RETURN_WITHOUT_GUARDIANSHIP_HANDOVER", "RETURNS");
		indicators.put("RETURNED_AFTER_TURNING_18", "RETURNS");
		indicators.put("RETURN_WITHOUT_FOLLOW_UP", "RETURNS");
		indicators.put("REIDENTIFIED_AFTER_RETURN", "RETURNS");
		indicators.put("TURNED_18_DURING_PROCEDURE", "CHILDREN");
		indicators.put("MISSING_NOW", "CHILDREN");
		indicators.put("MISSING_AT_ANY_TIME", "CHILDREN");
		return Collections.unmodifiableMap(indicators);
	}

	@Override
	@PreAuthorize("hasRole('ANALYST')")
	@Transactional
	public Dashboard dashboard(StatisticsQuery query) {
		Dashboard dashboard = compute(query);
		// Last, so that the audit chain's lock is held for as short a time as possible.
		audit.record(AuditEvent.success("STATISTICS_READ", "statistics", null).withDetails(describe(query)));
		return dashboard;
	}

	@Override
	@PreAuthorize("hasRole('ANALYST')")
	@Transactional
	public Dashboard export(StatisticsQuery query, String format) {
		Dashboard dashboard = compute(query);
		audit.record(AuditEvent.success("STATISTICS_EXPORTED", "statistics", null)
			.withDetails(format + " " + describe(query)));
		return dashboard;
	}

	private static String describe(StatisticsQuery query) {
		return "period=" + query.period() + (query.country() == null ? "" : " country=" + query.country());
	}

	/**
	 * The figures of a fixed period: every table for a year; for a month or a quarter the two counts that
	 * {@link NestedPeriods} protects against the rest of its year.
	 */
	Dashboard compute(StatisticsQuery query) {
		return query.period().kind() == StatisticsPeriod.Kind.YEAR ? detailed(query) : withinYear(query);
	}

	/**
	 * Every table, suppressed for this answer alone: what the API gave for any range before periods were fixed.
	 * Only a year's answer is this (tests set it against other periods to show why).
	 */
	Dashboard detailed(StatisticsQuery query) {
		var byCountry = new ChildrenByCountry(repository.childrenByCountry(query.from(), query.to()));
		String country = query.country();
		// One country's requests are not published: suppressed per answer, set against all countries' they would give
		// the other countries' small counts away (no joint suppression of requests by country exists).
		var requests = country == null ? requests(repository.requests(query.from(), query.to(), null)) : null;
		var counts = counts(byCountry);
		return new Dashboard(query.period(), query.from(), query.to(), country, repository.refreshedAt(),
				SmallCellSuppression.THRESHOLD, children(byCountry, country), timings(byCountry, counts, query),
				indicators(byCountry, counts, country), requests);
	}

	/** A month or a quarter: its share of the year's children and requests, suppressed over the whole year. */
	private Dashboard withinYear(StatisticsQuery query) {
		StatisticsPeriod year = query.period().wholeYear();
		// The year's counts exactly as the year's own answer shows them.
		Count children = new ChildrenByCountry(repository.childrenByCountry(year.from(), year.to())).total(null);
		Count requests = requests(repository.requests(year.from(), year.to(), null)).total();
		Count childrenHere = new NestedPeriods(children, repository.childrenByMonth(year.year())).count(query.period());
		Count requestsHere = new NestedPeriods(requests, repository.requestsByMonth(year.year())).count(query.period());
		return new Dashboard(query.period(), query.from(), query.to(), null, repository.refreshedAt(),
				SmallCellSuppression.THRESHOLD, new Dashboard.Children(childrenHere, null, null, null, null, null), null,
				null, new Dashboard.Requests(requestsHere, null, null, null));
	}

	// --- children ---

	private static Dashboard.Children children(ChildrenByCountry byCountry, String country) {
		return new Dashboard.Children(byCountry.total(country), byCountry.byCountryTable(country),
				oneWay(byCountry, country, Dimension.AGE_BAND, "AGE", StatisticsRepository.AGE_BANDS),
				oneWay(byCountry, country, Dimension.SEX, "SEX", SEXES),
				oneWay(byCountry, country, Dimension.SCREENING, "SCREENING", SCREENING), exploitation(byCountry, country));
	}

	/**
	 * A one-way table whose total is the number of children: the query's country's row of the table of country
	 * against the breakdown, or its column totals for all countries.
	 */
	private static CountTable oneWay(ChildrenByCountry byCountry, String country, Dimension rows, String section,
			List<String> keys) {
		var breakdown = byCountry.breakdown(keys(section, keys), true);
		return new CountTable(rows, Dimension.COUNT, keys, List.of("CHILDREN"),
				breakdown.cells(country).stream().map(List::of).toList(), null, List.of(breakdown.total(country)), null);
	}

	/**
	 * Children by form of exploitation. A child may count under several forms, or none, so a country's row has
	 * no total; the countries still add up to all. Withheld whole when fewer than 5 children are counted at all,
	 * like the other tables.
	 */
	private static CountTable exploitation(ChildrenByCountry byCountry, String country) {
		List<String> keys = Arrays.stream(ExploitationType.values()).map(Enum::name).toList();
		List<Count> cells = byCountry.breakdown(keys("EXPLOITATION", keys), false).cells(country);
		// Fewer than 5 children (or a country withheld whole): their number is not published, nor this.
		if (!byCountry.total(country).published()) {
			cells = Collections.nCopies(keys.size(), Count.hidden(Count.Withheld.WITHHELD));
		}
		return new CountTable(Dimension.EXPLOITATION_TYPE, Dimension.COUNT, keys, List.of("CHILDREN"),
				cells.stream().map(List::of).toList(), null, null, null);
	}

	private static List<ChildrenByCountry.Key> keys(String section, List<String> keys) {
		return keys.stream().map(key -> new ChildrenByCountry.Key(section, key)).toList();
	}

	/**
	 * The indicators and the number of children who reached each time: country against them, suppressed together
	 * (a child may count under several or none, so a country's row has no total).
	 */
	private static ChildrenByCountry.Breakdown counts(ChildrenByCountry byCountry) {
		List<ChildrenByCountry.Key> keys = new ArrayList<>();
		keys.add(new ChildrenByCountry.Key("INDICATOR", "RETURNS"));
		INDICATORS.keySet().forEach(code -> keys.add(new ChildrenByCountry.Key("INDICATOR", code)));
		CHILD_MEASURES.forEach(measure -> keys.add(new ChildrenByCountry.Key("REACHED", measure)));
		return byCountry.breakdown(keys, false);
	}

	/** The quartiles of each step, from the number of children per number of days it took them. */
	private List<Timing> timings(ChildrenByCountry byCountry, ChildrenByCountry.Breakdown counts, StatisticsQuery query) {
		String country = query.country();
		List<Count> reached = counts.cells(country).subList(1 + INDICATORS.size(), 1 + INDICATORS.size()
				+ CHILD_MEASURES.size());
		// A country withheld whole shows no times either; the query is not needed.
		var figures = byCountry.withheld(country) ? List.<StatisticsRepository.Figure>of()
				: repository.times(query.from(), query.to(), country);
		List<Timing> timings = new ArrayList<>();
		for (int m = 0; m < CHILD_MEASURES.size(); m++) {
			String measure = CHILD_MEASURES.get(m);
			TreeMap<Integer, Long> histogram = new TreeMap<>();
			figures.stream()
				.filter(f -> f.section().equals(measure))
				.forEach(f -> histogram.merge(Integer.valueOf(f.key()), f.n(), Long::sum));
			long n = histogram.values().stream().mapToLong(Long::longValue).sum();
			// A country withheld in the table of counts (its row could not be protected) shows no quartiles either.
			boolean withheld = reached.get(m).withheld() == Count.Withheld.WITHHELD;
			timings.add(timing(measure, reached.get(m), withheld ? 0 : n, quartiles(histogram, n)));
		}
		return timings;
	}

	/**
	 * The 25th, 50th and 75th percentile as PostgreSQL's {@code percentile_disc} gives them: the first value
	 * whose share of the children at or below it reaches the fraction.
	 */
	static int[] quartiles(SortedMap<Integer, Long> histogram, long n) {
		if (n == 0) {
			return null;
		}
		double[] fractions = { 0.25, 0.5, 0.75 };
		int[] quartiles = new int[3];
		int next = 0;
		long cumulative = 0;
		for (var bucket : histogram.entrySet()) {
			cumulative += bucket.getValue();
			while (next < 3 && cumulative >= fractions[next] * n) {
				quartiles[next++] = bucket.getKey();
			}
		}
		return quartiles;
	}

	private static Timing timing(String measure, Count reached, long n, int[] quartiles) {
		if (n < SmallCellSuppression.THRESHOLD || quartiles == null) {
			return new Timing(measure, reached, null, null, null);
		}
		return new Timing(measure, reached, quartiles[0], quartiles[1], quartiles[2]);
	}

	/**
	 * The failure modes: each indicator of the query's country (or all), out of its returns or its children. The
	 * returns are a column of the same table as the indicators, the children the table by country.
	 */
	private static List<Indicator> indicators(ChildrenByCountry byCountry, ChildrenByCountry.Breakdown breakdown,
			String country) {
		List<Count> counts = breakdown.cells(country);
		Count children = byCountry.total(country);
		Count returns = counts.get(0);
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(new Indicator("RETURNS", returns, children, "CHILDREN"));
		int j = 1;
		for (var indicator : INDICATORS.entrySet()) {
			indicators.add(new Indicator(indicator.getKey(), counts.get(j++),
					indicator.getValue().equals("RETURNS") ? returns : children, indicator.getValue()));
		}
		return indicators;
	}

	// --- requests ---

	private Dashboard.Requests requests(List<StatisticsRepository.Figure> figures) {
		List<String> types = Arrays.stream(RequestType.values()).map(Enum::name).toList();
		List<String> pairs = new ArrayList<>(figures.stream()
			.filter(f -> f.section().equals("PAIR"))
			.map(f -> pair(f.key2()))
			.collect(Collectors.toCollection(TreeSet::new)));
		int[][] byPair = new int[types.size()][pairs.size()];
		for (var figure : figures) {
			if (figure.section().equals("PAIR")) {
				byPair[types.indexOf(figure.key())][pairs.indexOf(pair(figure.key2()))] += (int) figure.n();
			}
		}
		CountTable pairTable = twoWay(Dimension.REQUEST_TYPE, types, Dimension.COUNTRY_PAIR, pairs, byPair);

		List<String> withDeadline = Arrays.stream(RequestType.values())
			.filter(type -> type.deadline() != null)
			.map(Enum::name)
			.toList();
		int[][] byOutcome = new int[withDeadline.size()][DEADLINE_OUTCOMES.size()];
		for (var figure : figures) {
			if (figure.section().equals("DEADLINE") && withDeadline.contains(figure.key())) {
				byOutcome[withDeadline.indexOf(figure.key())][DEADLINE_OUTCOMES.indexOf(figure.key2())] += (int) figure.n();
			}
		}
		CountTable deadlines = twoWay(Dimension.REQUEST_TYPE, withDeadline, Dimension.DEADLINE_OUTCOME,
				DEADLINE_OUTCOMES, byOutcome);

		// The number answered is not published: with the deadline table it could give a withheld cell away.
		List<Timing> days = types.stream().map(type -> {
			var figure = figures.stream()
				.filter(f -> f.section().equals("DAYS") && f.key().equals(type))
				.findFirst()
				.orElse(null);
			return timing(type, null, figure == null ? 0 : figure.n(), figure == null ? null : figure.quartiles());
		}).toList();
		return new Dashboard.Requests(pairTable.total(), pairTable, deadlines, days);
	}

	/** {@code OUTGOING LV} → {@code SE-LV}; {@code INCOMING LV} → {@code LV-SE}: the sender first. */
	private String pair(String directionAndCountry) {
		String[] parts = directionAndCountry.split(" ", 2);
		String here = node.country();
		return parts[0].equals("OUTGOING") ? here + "-" + parts[1] : parts[1] + "-" + here;
	}

	private static CountTable twoWay(Dimension rowDimension, List<String> rows, Dimension columnDimension,
			List<String> columns, int[][] counts) {
		var result = SmallCellSuppression.suppress(counts, true, true, false);
		return new CountTable(rowDimension, columnDimension, rows, columns,
				Arrays.stream(result.cells()).map(List::of).toList(), List.of(result.rowTotals()),
				List.of(result.columnTotals()), result.total());
	}

}
