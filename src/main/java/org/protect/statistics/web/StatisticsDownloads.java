package org.protect.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.protect.statistics.Dashboard;
import org.protect.statistics.StatisticsManagement;
import org.protect.statistics.StatisticsQuery;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The dashboard as a CSV or XLSX download, for the page and the API alike. */
@Component
class StatisticsDownloads {

	private final StatisticsManagement statistics;

	private final StatisticsTables tables;

	StatisticsDownloads(StatisticsManagement statistics, StatisticsTables tables) {
		this.statistics = statistics;
		this.tables = tables;
	}

	ResponseEntity<byte[]> csv(StatisticsQuery query, Locale locale) {
		Dashboard dashboard = statistics.export(query, "csv");
		byte[] body = StatisticsExports.csv(heading(dashboard, locale), tables.views(dashboard, locale),
				tables.message(withheldKey(dashboard), locale));
		return attachment(body, StatisticsExports.CSV + ";charset=UTF-8", fileName(query, "csv"));
	}

	ResponseEntity<byte[]> xlsx(StatisticsQuery query, Locale locale) {
		Dashboard dashboard = statistics.export(query, "xlsx");
		byte[] body = StatisticsExports.xlsx(heading(dashboard, locale), tables.views(dashboard, locale),
				tables.message("statistics.export.about", locale), tables.message(withheldKey(dashboard), locale));
		return attachment(body, StatisticsExports.XLSX, fileName(query, "xlsx"));
	}

	/** Why a table is withheld: for one country, also because of the figures for all countries. */
	static String withheldKey(Dashboard dashboard) {
		return dashboard.country() == null ? "statistics.withheld" : "statistics.withheld.country";
	}

	/** What the figures are, above them: the period, the country, when computed, and how they are suppressed. */
	private List<String> heading(Dashboard dashboard, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(tables.message("statistics.title", locale));
		lines.add(tables.messages().getMessage("statistics.period",
				new Object[] { tables.periodName(dashboard.period(), locale), dashboard.from().toString(),
						dashboard.to().toString() }, locale));
		lines.add(dashboard.country() == null ? tables.message("statistics.allCountries", locale)
				: tables.messages().getMessage("statistics.countryOnly",
						new Object[] { StatisticsTables.country(dashboard.country(), locale) }, locale));
		lines.add(tables.messages().getMessage("statistics.figuresAsOf", new Object[] {
				DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dashboard.figuresAsOf().atOffset(ZoneOffset.UTC).withNano(0))
						+ " UTC" }, locale));
		lines.add(tables.message("statistics.legend.small", locale));
		lines.add(tables.message("statistics.legend.complementary", locale));
		if (!dashboard.detailed()) {
			lines.add(tables.message("statistics.legend.period", locale));
		}
		lines.add(tables.message("statistics.legend.cohort", locale));
		return lines;
	}

	private static String fileName(StatisticsQuery query, String extension) {
		return "protect-statistics-" + query.period()
				+ (query.country() == null ? "" : "-" + query.country()) + "." + extension;
	}

	private static ResponseEntity<byte[]> attachment(byte[] body, String type, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
