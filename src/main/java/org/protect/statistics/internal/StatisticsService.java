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
import java.util.function.Predicate;
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
		return "from=" + query.from() + " to=" + query.to() + (query.country() == null ? "" : " country=" + query.country());
	}

	Dashboard compute(StatisticsQuery query) {
		var children = repository.children(query.from(), query.to(), query.country());
		var requests = repository.requests(query.from(), query.to(), query.country());
		long total = sum(children, "INDICATOR", "CHILDREN"::equals);
		return new Dashboard(query.from(), query.to(), query.country(), repository.refreshedAt(),
				SmallCellSuppression.THRESHOLD, children(children, total), timings(children), indicators(children),
				requests(requests));
	}

	// --- children ---

	private Dashboard.Children children(List<StatisticsRepository.Figure> figures, long total) {
		List<String> countries = new ArrayList<>(keys(figures, "COUNTRY"));
		if (countries.remove("unknown")) {
			countries.add("unknown");
		}
		CountTable byCountry = oneWay(Dimension.COUNTRY_OF_ORIGIN, countries, figures, "COUNTRY");
		return new Dashboard.Children(byCountry.columnTotals().get(0), byCountry,
				oneWay(Dimension.AGE_BAND, StatisticsRepository.AGE_BANDS, figures, "AGE"),
				oneWay(Dimension.SEX, SEXES, figures, "SEX"), oneWay(Dimension.SCREENING, SCREENING, figures, "SCREENING"),
				exploitation(figures, total));
	}

	/** A one-way table whose total is the number of children: the same in every one, so never withheld alone. */
	private static CountTable oneWay(Dimension rows, List<String> keys, List<StatisticsRepository.Figure> figures,
			String section) {
		int[] counts = keys.stream().mapToInt(key -> (int) sum(figures, section, key::equals)).toArray();
		var result = SmallCellSuppression.oneWay(counts);
		return new CountTable(rows, Dimension.COUNT, keys, List.of("CHILDREN"),
				Arrays.stream(result.cells()).map(List::of).toList(), null, List.of(result.columnTotals()), null);
	}

	/**
	 * Children by form of exploitation. A child may count under several forms, so there is no total and
	 * nothing to subtract from: each count stands alone. Withheld whole when fewer than 5 children are counted
	 * at all, like the other tables.
	 */
	private static CountTable exploitation(List<StatisticsRepository.Figure> figures, long total) {
		List<String> keys = Arrays.stream(ExploitationType.values()).map(Enum::name).toList();
		int[][] counts = keys.stream().map(key -> new int[] { (int) sum(figures, "EXPLOITATION", key::equals) })
			.toArray(int[][]::new);
		var result = SmallCellSuppression.suppress(counts, false, false, true);
		List<List<Count>> cells = Arrays.stream(result.cells()).map(List::of).toList();
		if (total > 0 && total < SmallCellSuppression.THRESHOLD) {
			cells = keys.stream().map(key -> List.of(Count.hidden(Count.Withheld.WITHHELD))).toList();
		}
		return new CountTable(Dimension.EXPLOITATION_TYPE, Dimension.COUNT, keys, List.of("CHILDREN"), cells, null, null,
				null);
	}

	/** The quartiles of each step, from the number of children per number of days it took them. */
	private static List<Timing> timings(List<StatisticsRepository.Figure> figures) {
		return CHILD_MEASURES.stream().map(measure -> {
			TreeMap<Integer, Long> histogram = new TreeMap<>();
			figures.stream()
				.filter(f -> f.section().equals(measure))
				.forEach(f -> histogram.merge(Integer.valueOf(f.key()), f.n(), Long::sum));
			long n = histogram.values().stream().mapToLong(Long::longValue).sum();
			return timing(measure, single(n), n, quartiles(histogram, n));
		}).toList();
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

	/** A count that stands alone (no line it adds up in): withheld only when small. */
	private static Count single(long n) {
		return n > 0 && n < SmallCellSuppression.THRESHOLD ? Count.hidden(Count.Withheld.SMALL_COUNT) : Count.of((int) n);
	}

	private static List<Indicator> indicators(List<StatisticsRepository.Figure> figures) {
		long children = sum(figures, "INDICATOR", "CHILDREN"::equals);
		long returns = sum(figures, "INDICATOR", "RETURNS"::equals);
		List<Indicator> indicators = new ArrayList<>();
		indicators.add(new Indicator("RETURNS", single(returns), single(children), "CHILDREN"));
		INDICATORS.forEach((code, base) -> indicators.add(new Indicator(code, single(sum(figures, "INDICATOR", code::equals)),
				single(base.equals("RETURNS") ? returns : children), base)));
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
		return new Dashboard.Requests(pairTable, deadlines, days);
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

	// --- helpers ---

	private static List<String> keys(List<StatisticsRepository.Figure> figures, String section) {
		return figures.stream()
			.filter(f -> f.section().equals(section))
			.map(StatisticsRepository.Figure::key)
			.sorted()
			.distinct()
			.toList();
	}

	private static long sum(List<StatisticsRepository.Figure> figures, String section, Predicate<String> key) {
		return figures.stream()
			.filter(f -> f.section().equals(section) && key.test(f.key()))
			.mapToLong(StatisticsRepository.Figure::n)
			.sum();
	}

}
