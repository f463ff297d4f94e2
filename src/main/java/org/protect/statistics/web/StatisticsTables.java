package org.protect.statistics.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.protect.statistics.Count;
import org.protect.statistics.CountTable;
import org.protect.statistics.Dashboard;
import org.protect.statistics.Dimension;
import org.protect.statistics.Indicator;
import org.protect.statistics.StatisticsPeriod;
import org.protect.statistics.Timing;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard as tables a person reads, in their language: the same tables for the page, its charts, the
 * CSV and the XLSX, so that a download never shows more (or other) than the page.
 */
@Component
class StatisticsTables {

	private final MessageSource messages;

	StatisticsTables(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A table to show.
	 *
	 * @param id a stable id (for anchors, chart ids and sheet order)
	 * @param title the caption
	 * @param headers the column headers, the first for the rows' labels
	 * @param rows the rows, each a label and its cells
	 * @param totals the total row, or {@code null}
	 * @param withheld the table stands for fewer than 5 and is not shown
	 * @param chart whether a bar chart of its one column helps
	 */
	record View(String id, String title, List<String> headers, List<Row> rows, Row totals, boolean withheld,
			boolean chart) {
	}

	/** A row: its label and cells. */
	record Row(String label, List<Cell> cells) {
	}

	/**
	 * A cell as shown: the text, and the number when it is one (for charts and spreadsheets).
	 *
	 * @param text what the reader sees: a number, "&lt;5", "x" or "–"
	 * @param number the number, or {@code null}
	 * @param withheld why it is withheld, or {@code null}
	 */
	record Cell(String text, Integer number, Count.Withheld withheld) {
	}

	List<View> views(Dashboard dashboard, Locale locale) {
		if (!dashboard.detailed()) {
			return List.of(periodTotals(dashboard, locale));
		}
		List<View> views = new ArrayList<>();
		var children = dashboard.children();
		views.add(count("children-country", "statistics.table.country", children.byCountryOfOrigin(), locale, true));
		views.add(count("children-age", "statistics.table.age", children.byAgeBand(), locale, true));
		views.add(count("children-sex", "statistics.table.sex", children.bySex(), locale, true));
		views.add(count("children-screening", "statistics.table.screening", children.byScreening(), locale, true));
		views.add(count("children-exploitation", "statistics.table.exploitation", children.byExploitationType(), locale,
				true));
		views.add(timings("time-from-identification", "statistics.table.timing", "statistics.measure.",
				dashboard.timeFromIdentification(), true, locale));
		views.add(indicators(dashboard.failureModes(), locale));
		if (dashboard.requests() == null) {
			return views;
		}
		views.add(count("requests-pairs", "statistics.table.requests", dashboard.requests().byTypeAndCountryPair(), locale,
				false));
		views.add(count("requests-deadlines", "statistics.table.deadlines", dashboard.requests().deadlines(), locale,
				false));
		views.add(timings("requests-days", "statistics.table.answerDays", "enum.RequestType.",
				dashboard.requests().daysToAnswer(), false, locale));
		return views;
	}

	/** A month's or a quarter's two counts: the children identified and the requests. */
	private View periodTotals(Dashboard dashboard, Locale locale) {
		List<Row> rows = List.of(
				new Row(message("statistics.periodTotals.children", locale),
						List.of(cell(dashboard.children().total(), locale))),
				new Row(message("statistics.periodTotals.requests", locale),
						List.of(cell(dashboard.requests().total(), locale))));
		return new View("period-totals", message("statistics.table.periodTotals", locale),
				List.of(message("statistics.periodTotals.what", locale), message("statistics.periodTotals.count", locale)),
				rows, null, false, false);
	}

	private View count(String id, String titleKey, CountTable table, Locale locale, boolean chart) {
		List<String> headers = new ArrayList<>();
		headers.add(message("statistics.dimension." + table.rowDimension(), locale));
		table.columns().forEach(column -> headers.add(label(table.columnDimension(), column, locale)));
		if (table.rowTotals() != null) {
			headers.add(message("statistics.total", locale));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			List<Cell> cells = new ArrayList<>();
			table.cells().get(i).forEach(count -> cells.add(cell(count, locale)));
			if (table.rowTotals() != null) {
				cells.add(cell(table.rowTotals().get(i), locale));
			}
			rows.add(new Row(label(table.rowDimension(), table.rows().get(i), locale), cells));
		}
		Row totals = null;
		if (table.columnTotals() != null) {
			List<Cell> cells = new ArrayList<>();
			table.columnTotals().forEach(count -> cells.add(cell(count, locale)));
			if (table.total() != null) {
				cells.add(cell(table.total(), locale));
			}
			totals = new Row(message("statistics.total", locale), cells);
		}
		return new View(id, message(titleKey, locale), headers, rows, totals, table.withheld(),
				chart && table.columns().size() == 1);
	}

	private View timings(String id, String titleKey, String measurePrefix, List<Timing> timings, boolean withReached,
			Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(message(withReached ? "statistics.timing.step" : "statistics.dimension.REQUEST_TYPE", locale));
		if (withReached) {
			headers.add(message("statistics.timing.reached", locale));
		}
		headers.add(message("statistics.timing.lowerQuartile", locale));
		headers.add(message("statistics.timing.median", locale));
		headers.add(message("statistics.timing.upperQuartile", locale));
		List<Row> rows = new ArrayList<>();
		for (Timing timing : timings) {
			List<Cell> cells = new ArrayList<>();
			if (withReached) {
				cells.add(cell(timing.reached(), locale));
			}
			for (Integer days : new Integer[] { timing.lowerQuartile(), timing.median(), timing.upperQuartile() }) {
				cells.add(days == null ? new Cell(message("statistics.cell.notShown", locale), null, null)
						: new Cell(number(days, locale), days, null));
			}
			rows.add(new Row(message(measurePrefix + timing.measure(), locale), cells));
		}
		return new View(id, message(titleKey, locale), headers, rows, null, false, false);
	}

	private View indicators(List<Indicator> indicators, Locale locale) {
		List<String> headers = List.of(message("statistics.indicator.header", locale),
				message("statistics.indicator.children", locale), message("statistics.indicator.outOf", locale),
				message("statistics.indicator.base", locale));
		List<Row> rows = new ArrayList<>();
		for (Indicator indicator : indicators) {
			String base = message("statistics.indicator.base." + indicator.base(), locale);
			rows.add(new Row(message("statistics.indicator." + indicator.code(), locale),
					List.of(cell(indicator.count(), locale), cell(indicator.outOf(), locale), new Cell(base, null, null))));
		}
		return new View("failure-modes", message("statistics.table.failureModes", locale), headers, rows, null, false,
				true);
	}

	Cell cell(Count count, Locale locale) {
		if (count.published()) {
			return new Cell(number(count.value(), locale), count.value(), null);
		}
		String key = switch (count.withheld()) {
			case SMALL_COUNT -> "statistics.cell.small";
			case COMPLEMENTARY -> "statistics.cell.complementary";
			case WITHHELD -> "statistics.cell.withheld";
			case PERIOD -> "statistics.cell.period";
		};
		return new Cell(message(key, locale), null, count.withheld());
	}

	private static String number(int value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/** A row's or column's name in the reader's language. */
	String label(Dimension dimension, String code, Locale locale) {
		return switch (dimension) {
			case COUNTRY_OF_ORIGIN -> "unknown".equals(code) ? message("statistics.country.unknown", locale)
					: country(code, locale);
			case AGE_BAND -> message("statistics.ageBand." + code, locale);
			case SEX -> message("enum.Sex." + code, locale);
			case SCREENING -> message("statistics.screening." + code, locale);
			case EXPLOITATION_TYPE -> message("enum.ExploitationType." + code, locale);
			case COUNT -> message("statistics.count." + code, locale);
			case REQUEST_TYPE -> message("enum.RequestType." + code, locale);
			case COUNTRY_PAIR -> {
				String[] countries = code.split("-", 2);
				yield messages.getMessage("statistics.countryPair",
						new Object[] { country(countries[0], locale), country(countries[1], locale) }, locale);
			}
			case DEADLINE_OUTCOME -> message("statistics.deadline." + code, locale);
		};
	}

	/** A month's name in the reader's language, as it stands alone ("January"). */
	String monthName(int month, Locale locale) {
		return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale);
	}

	/** A quarter's name with its months. */
	String quarterName(int quarter, Locale locale) {
		return messages.getMessage("statistics.quarter", new Object[] { String.valueOf(quarter),
				monthName(3 * quarter - 2, locale), monthName(3 * quarter, locale) }, locale);
	}

	/** "December 2026", "April–June 2026 (quarter 2)", "2026". */
	String periodName(StatisticsPeriod period, Locale locale) {
		String year = String.valueOf(period.year());
		return switch (period.kind()) {
			case MONTH -> messages.getMessage("statistics.periodName.month",
					new Object[] { monthName(period.number(), locale), year }, locale);
			case QUARTER -> messages.getMessage("statistics.periodName.quarter",
					new Object[] { String.valueOf(period.number()), year, monthName(period.firstMonth(), locale),
							monthName(period.lastMonth(), locale) }, locale);
			case YEAR -> year;
		};
	}

	static String country(String code, Locale locale) {
		String name = new Locale("", code).getDisplayCountry(locale);
		return name.isBlank() || name.equals(code) ? code : name;
	}

	MessageSource messages() {
		return messages;
	}

	String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
