package org.protect.statistics.web;

import java.time.LocalDate;
import java.util.Locale;

import org.protect.statistics.Dashboard;
import org.protect.statistics.StatisticsManagement;
import org.protect.statistics.StatisticsQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's figures as JSON, and its tables as CSV or XLSX, for analysts. {@code period} is a month
 * ({@code 2026-11}), a quarter ({@code 2026-Q3}) or a year ({@code 2025}) that is over, the last whole year when
 * left out; {@code country} an ISO 3166-1 alpha-2 code, with a year only. {@code from} and {@code to} (free ranges)
 * are refused by name. The role is checked before the input, so that others learn nothing but 403.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@PreAuthorize("hasRole('ANALYST')")
class StatisticsRestController {

	private final StatisticsManagement statistics;

	private final StatisticsDownloads downloads;

	StatisticsRestController(StatisticsManagement statistics, StatisticsDownloads downloads) {
		this.statistics = statistics;
		this.downloads = downloads;
	}

	@GetMapping
	Dashboard dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String country) {
		return statistics.dashboard(StatisticsQuery.parse(period, from, to, country, LocalDate.now()));
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

}
