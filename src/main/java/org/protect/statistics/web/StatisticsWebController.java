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
 * The analysts' dashboard: the period and country chosen in a form, the figures as charts and tables, and
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

	@GetMapping
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String country, Model model, HttpServletRequest request, Locale locale) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("country", country);
		model.addAttribute("countries", countries(locale));
		try {
			StatisticsQuery query = StatisticsQuery.parse(from, to, country, LocalDate.now());
			Dashboard dashboard = statistics.dashboard(query);
			model.addAttribute("from", query.from().toString());
			model.addAttribute("to", query.to().toString());
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
			ex.problems()
				.forEach(problem -> errors.putIfAbsent(problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments(), locale)));
			model.addAttribute("errors", errors);
		}
		return FormErrors.isHtmx(request) ? "statistics/dashboard :: results" : "statistics/dashboard";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String country, Locale locale) {
		return downloads.csv(StatisticsQuery.parse(from, to, country, LocalDate.now()), locale);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String country, Locale locale) {
		return downloads.xlsx(StatisticsQuery.parse(from, to, country, LocalDate.now()), locale);
	}

	private static List<Section> sections(List<StatisticsTables.View> views) {
		return List.of(
				new Section("children", "statistics.section.children", "statistics.section.children.intro",
						pick(views, "children-")),
				new Section("timing", "statistics.section.timing", "statistics.section.timing.intro",
						pick(views, "time-from-identification")),
				new Section("failure-modes", "statistics.section.failureModes", "statistics.section.failureModes.intro",
						pick(views, "failure-modes")),
				new Section("requests", "statistics.section.requests", "statistics.section.requests.intro",
						pick(views, "requests-")));
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
		return "?from=" + query.from() + "&to=" + query.to() + (query.country() == null ? "" : "&country=" + query.country());
	}

}
