package org.protect.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A node's figures without a database: synthetic children and requests, generated from a seed, read the way the
 * views of the {@code statistics} schema aggregate them (one figure per child and section; the service adds them
 * up). Only synthetic people: a child here is a date and a few codes.
 */
final class SyntheticNode extends StatisticsRepository {

	/** The children identified in each month of the year: small counts in places, and the December of 9. */
	static final int[] CHILDREN_PER_MONTH = { 14, 3, 11, 2, 0, 16, 7, 4, 12, 1, 2, 9 };

	private static final String[] COUNTRIES = { "AF", "AF", "AF", "AF", "SY", "SY", "SY", "ER", "ER", "VN", "MA",
			"unknown" };

	private static final String[] PARTNERS = { "LV", "LT", "DE" };

	record Child(LocalDate identifiedOn, String country, String sex, String ageBand, String screening,
			List<String> exploitation, List<String> indicators, Map<String, Integer> daysTo) {
	}

	record Request(LocalDate sentOn, String type, String direction, String partner, String childCountry,
			String outcome, Integer daysToAnswer) {
	}

	final List<Child> children = new ArrayList<>();

	final List<Request> requests = new ArrayList<>();

	private SyntheticNode() {
		super(null);
	}

	/** A year of children and requests: in December one child on the 1st and eight on the days after. */
	static SyntheticNode generate(long seed, int year) {
		Random random = new Random(seed);
		SyntheticNode node = new SyntheticNode();
		for (int m = 0; m < 12; m++) {
			int days = LocalDate.of(year, m + 1, 1).lengthOfMonth();
			for (int i = 0; i < CHILDREN_PER_MONTH[m]; i++) {
				int day = m == 11 ? (i == 0 ? 1 : 2 + random.nextInt(days - 1)) : 1 + random.nextInt(days);
				node.children.add(child(random, LocalDate.of(year, m + 1, day)));
			}
			int requestsThisMonth = random.nextInt(7);
			for (int i = 0; i < requestsThisMonth; i++) {
				node.requests.add(request(random, LocalDate.of(year, m + 1, 1 + random.nextInt(days))));
			}
		}
		return node;
	}

	private static Child child(Random random, LocalDate identifiedOn) {
		String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
		String sex = random.nextInt(10) < 7 ? "M" : random.nextInt(5) == 0 ? "U" : "F";
		String age = StatisticsRepository.AGE_BANDS.get(random.nextInt(10) < 6 ? 3 : random.nextInt(6));
		String screening = StatisticsService.SCREENING.get(random.nextInt(3));
		List<String> exploitation = screening.equals("INDICATORS_FOUND")
				? List.of(random.nextBoolean() ? "LABOUR" : "SEXUAL") : List.of();
		List<String> indicators = new ArrayList<>();
		Map<String, Integer> daysTo = new TreeMap<>();
		daysTo.put("GUARDIAN_APPOINTED", 1 + random.nextInt(20));
		if (random.nextInt(3) == 0) {
			daysTo.put("BID", 60 + random.nextInt(100));
			if (random.nextBoolean()) {
				daysTo.put("DURABLE_SOLUTION", 120 + random.nextInt(100));
				indicators.add("RETURNS");
				if (random.nextBoolean()) {
					indicators.add("RETURN_WITHOUT_FOLLOW_UP");
				}
			}
		}
		if (random.nextInt(6) == 0) {
			indicators.add("MISSING_AT_ANY_TIME");
		}
		if (age.equals("16-17") && random.nextBoolean()) {
			indicators.add("TURNED_18_DURING_PROCEDURE");
		}
		return new Child(identifiedOn, country, sex, age, screening, exploitation, indicators, daysTo);
	}

	private static Request request(Random random, LocalDate sentOn) {
		String type = random.nextBoolean() ? "INFORMATION" : random.nextBoolean() ? "FAMILY_ASSESSMENT" : "RETURN_TRANSFER";
		boolean outgoing = random.nextInt(4) > 0;
		int outcome = random.nextInt(4);
		Integer days = outcome < 2 ? Integer.valueOf(5 + random.nextInt(60)) : null;
		String deadline = type.equals("RETURN_TRANSFER") ? null
				: outcome == 0 ? "ANSWERED_IN_TIME" : outcome == 1 ? "ANSWERED_LATE" : outcome == 2 ? "OPEN_PAST_DEADLINE" : null;
		return new Request(sentOn, type, outgoing ? "OUTGOING" : "INCOMING", PARTNERS[random.nextInt(PARTNERS.length)],
				outgoing ? COUNTRIES[random.nextInt(COUNTRIES.length)] : null, deadline, days);
	}

	private List<Child> children(LocalDate from, LocalDate to) {
		return children.stream().filter(c -> !c.identifiedOn().isBefore(from) && !c.identifiedOn().isAfter(to)).toList();
	}

	@Override
	List<Figure> childrenByCountry(LocalDate from, LocalDate to) {
		List<Figure> figures = new ArrayList<>();
		for (Child child : children(from, to)) {
			String country = child.country();
			figures.add(new Figure("INDICATOR", "CHILDREN", country, 1, null));
			figures.add(new Figure("AGE", child.ageBand(), country, 1, null));
			figures.add(new Figure("SEX", child.sex(), country, 1, null));
			figures.add(new Figure("SCREENING", child.screening(), country, 1, null));
			child.exploitation().forEach(type -> figures.add(new Figure("EXPLOITATION", type, country, 1, null)));
			child.indicators().forEach(code -> figures.add(new Figure("INDICATOR", code, country, 1, null)));
			child.daysTo().keySet().forEach(measure -> figures.add(new Figure("REACHED", measure, country, 1, null)));
		}
		return figures;
	}

	@Override
	List<Figure> times(LocalDate from, LocalDate to, String country) {
		return children(from, to).stream()
			.filter(child -> country == null || child.country().equals(country))
			.flatMap(child -> child.daysTo().entrySet().stream())
			.map(days -> new Figure(days.getKey(), String.valueOf(days.getValue()), null, 1, null))
			.toList();
	}

	@Override
	List<Figure> requests(LocalDate from, LocalDate to, String country) {
		List<Request> chosen = requests.stream()
			.filter(r -> !r.sentOn().isBefore(from) && !r.sentOn().isAfter(to))
			.filter(r -> country == null || r.direction().equals("OUTGOING") && r.childCountry().equals(country))
			.toList();
		List<Figure> figures = new ArrayList<>();
		Map<String, TreeMap<Integer, Long>> days = new TreeMap<>();
		for (Request r : chosen) {
			figures.add(new Figure("PAIR", r.type(), r.direction() + " " + r.partner(), 1, null));
			if (r.outcome() != null) {
				figures.add(new Figure("DEADLINE", r.type(), r.outcome(), 1, null));
			}
			if (r.daysToAnswer() != null) {
				days.computeIfAbsent(r.type(), type -> new TreeMap<>()).merge(r.daysToAnswer(), 1L, Long::sum);
			}
		}
		days.forEach((type, histogram) -> {
			long n = histogram.values().stream().mapToLong(Long::longValue).sum();
			figures.add(new Figure("DAYS", type, null, n, StatisticsService.quartiles(histogram, n)));
		});
		return figures;
	}

	@Override
	int[] childrenByMonth(int year) {
		int[] months = new int[12];
		children(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.forEach(child -> months[child.identifiedOn().getMonthValue() - 1]++);
		return months;
	}

	@Override
	int[] requestsByMonth(int year) {
		int[] months = new int[12];
		requests.stream().filter(r -> r.sentOn().getYear() == year).forEach(r -> months[r.sentOn().getMonthValue() - 1]++);
		return months;
	}

	@Override
	Instant refreshedAt() {
		return Instant.EPOCH;
	}

}
