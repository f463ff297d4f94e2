package org.protect.statistics.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.FormErrors;
import org.protect.statistics.Dashboard;
import org.protect.statistics.StatisticsManagement;
import org.protect.statistics.StatisticsPeriod;
import org.protect.statistics.StatisticsQuery;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' dashboard: the period (a year, and within it a quarter or a month, or the whole year) and the
 * country chosen in a form, the figures as charts and tables, and
 * their download as CSV or XLSX. One handler answers the whole page, or only the figures to htmx.
 */
@Controller
@RequestMapping("/statistics")
@PreAuthorize("hasRole('ANALYST')")
class StatisticsWebController {

	private final StatisticsManagement statistics;

	private final StatisticsTables tables;

	private final StatisticsDownloads downloads;

	private final MessageSource messages;

	StatisticsWebController(StatisticsManagement statistics, StatisticsTables tables, StatisticsDownloads downloads,
			MessageSource messages) {
		this.statistics = statistics;
		this.tables = tables;
		this.downloads = downloads;
		this.messages = messages;
	}

	/** A section of the page: its heading, its introduction and its tables. */
	record Section(String id, String titleKey, String introKey, List<StatisticsTables.View> views) {
	}

	/** The form's two choices of period, {@code year} and {@code part} (a quarter, a month, or empty for the year). */
	@GetMapping
	String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String year,
			@RequestParam(required = false) String part, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String country, Model model,
			HttpServletRequest request, Locale locale) {
		LocalDate today = LocalDate.now();
		String chosen = period(period, year, part);
		model.addAttribute("year", year);
		model.addAttribute("part", part);
		model.addAttribute("country", country);
		model.addAttribute("htmx", FormErrors.isHtmx(request));
		model.addAttribute("countries", countries(locale));
		model.addAttribute("years", years(today, year));
		model.addAttribute("quarters", parts(1, 4, "Q", q -> tables.quarterName(q, locale)));
		model.addAttribute("months", parts(1, 12, "", m -> tables.monthName(m, locale)));
		try {
			StatisticsQuery query = StatisticsQuery.parse(chosen, from, to, country, today);
			Dashboard dashboard = statistics.dashboard(query);
			model.addAttribute("year", String.valueOf(query.period().year()));
			model.addAttribute("part", part(query.period()));
			model.addAttribute("periodName", tables.periodName(query.period(), locale));
			model.addAttribute("country", query.country());
			model.addAttribute("countryName", query.country() == null ? null : StatisticsTables.country(query.country(), locale));
			model.addAttribute("dashboard", dashboard);
			List<StatisticsTables.View> views = tables.views(dashboard, locale);
			model.addAttribute("sections", sections(views));
			model.addAttribute("charts", charts(views, locale));
			model.addAttribute("exportQuery", exportQuery(query));
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			// The period is chosen with two fields; its problems (and a free range's, from an old link) go to the
			// first of them, which the error summary links to.
			ex.problems()
				.forEach(problem -> errors.putIfAbsent(problem.field().equals("country") ? "country" : "year",
						messages.getMessage(problem.messageKey(), problem.arguments(), locale)));
			model.addAttribute("errors", errors);
		}
		return FormErrors.isHtmx(request) ? "statistics/dashboard :: results" : "statistics/dashboard";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String country, Locale locale) {
		return downloads.csv(StatisticsQuery.parse(period, from, to, country, LocalDate.now()), locale);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String country, Locale locale) {
		return downloads.xlsx(StatisticsQuery.parse(period, from, to, country, LocalDate.now()), locale);
	}

	/** The period as the API names it, from the API's own parameter or the form's two fields. */
	static String period(String period, String year, String part) {
		if (period != null && !period.isBlank()) {
			return period;
		}
		if (year == null || year.isBlank()) {
			return null;
		}
		return part == null || part.isBlank() ? year.strip() : year.strip() + "-" + part.strip();
	}

	/** The form's second field for a period: {@code Q3}, {@code 07}, or empty for a year. */
	private static String part(StatisticsPeriod period) {
		return switch (period.kind()) {
			case YEAR -> "";
			case QUARTER -> "Q" + period.number();
			case MONTH -> "%02d".formatted(period.number());
		};
	}

	/** The years to choose from: this one and the 25 before it, and the one asked for if it is older. */
	private static List<String> years(LocalDate today, String asked) {
		List<String> years = new java.util.ArrayList<>();
		for (int y = today.getYear(); y >= today.getYear() - 25; y--) {
			years.add(String.valueOf(y));
		}
		if (asked != null && asked.strip().matches("\\d{4}") && !years.contains(asked.strip())) {
			years.add(asked.strip());
		}
		return years;
	}

	private static List<Map.Entry<String, String>> parts(int first, int last, String prefix,
			java.util.function.IntFunction<String> name) {
		return java.util.stream.IntStream.rangeClosed(first, last)
			.mapToObj(n -> Map.entry(prefix.isEmpty() ? "%02d".formatted(n) : prefix + n, name.apply(n)))
			.toList();
	}

	private static List<Section> sections(List<StatisticsTables.View> views) {
		List<StatisticsTables.View> requests = pick(views, "requests-");
		if (views.size() == 1) {
			return List.of(new Section("period-totals", "statistics.section.periodTotals",
					"statistics.section.periodTotals.intro", views));
		}
		return List.of(
				new Section("children", "statistics.section.children", "statistics.section.children.intro",
						pick(views, "children-")),
				new Section("timing", "statistics.section.timing", "statistics.section.timing.intro",
						pick(views, "time-from-identification")),
				new Section("failure-modes", "statistics.section.failureModes", "statistics.section.failureModes.intro",
						pick(views, "failure-modes")),
				new Section("requests", "statistics.section.requests", requests.isEmpty()
						? "statistics.section.requests.allCountriesOnly" : "statistics.section.requests.intro", requests));
	}

	private static List<StatisticsTables.View> pick(List<StatisticsTables.View> views, String prefix) {
		return views.stream().filter(view -> view.id().startsWith(prefix)).toList();
	}

	/** A chart for each table that has one, by the table's id. */
	private Map<String, String> charts(List<StatisticsTables.View> views, Locale locale) {
		Map<String, String> charts = new LinkedHashMap<>();
		String description = tables.message("statistics.chart.description", locale);
		for (StatisticsTables.View view : views) {
			if (view.withheld()) {
				continue;
			}
			if (view.chart()) {
				charts.put(view.id(), SvgCharts.bars("chart-" + view.id(), view.title(), description, view.rows()
					.stream()
					.map(row -> new SvgCharts.Bar(row.label(), row.cells().get(0).number(), row.cells().get(0).text()))
					.toList()));
			}
			else if (view.id().equals("time-from-identification")) {
				charts.put(view.id(), SvgCharts.ranges("chart-" + view.id(), view.title(),
						tables.message("statistics.chart.rangesDescription", locale), view.rows().stream().map(row -> {
							var cells = row.cells();
							return new SvgCharts.Range(row.label(), cells.get(1).number(), cells.get(2).number(),
									cells.get(3).number(), cells.get(2).number() == null ? cells.get(2).text()
											: messages.getMessage("statistics.chart.medianDays",
													new Object[] { cells.get(2).text() }, locale));
						}).toList(), tables.message("statistics.chart.days", locale)));
			}
		}
		return charts;
	}

	/** Every country code with its name in the reader's language, sorted by name. */
	private static List<Map.Entry<String, String>> countries(Locale locale) {
		return StatisticsQuery.countryCodes()
			.stream()
			.map(code -> Map.entry(code, StatisticsTables.country(code, locale)))
			.sorted(Comparator.comparing(Map.Entry::getValue, java.text.Collator.getInstance(locale)))
			.toList();
	}

	private static String exportQuery(StatisticsQuery query) {
		return "?period=" + query.period() + (query.country() == null ? "" : "&country=" + query.country());
	}

}
