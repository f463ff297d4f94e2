package org.protect.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard page: analysts only, its charts, the period and country named field by field, htmx. */
class StatisticsPagesIntegrationTests extends IntegrationTest {

	@Autowired
	AccountManagement accounts;

	private HttpTestClient signedIn(String username, String password) {
		HttpTestClient browser = client();
		browser.signIn(username, password);
		return browser;
	}

	/** A new analyst of their own, whose language no other test has changed. */
	private HttpTestClient analyst() {
		String username = ApiUsers.create(accounts, ApiUsers.organisation(accounts, OrganisationType.CENTRAL_AUTHORITY,
				null), Role.ANALYST);
		return signedIn(username, TestUsers.PASSWORD);
	}

	@Test
	void anAnalystSeesTheFiguresWithChartsAndTheStatisticsLink() {
		HttpResponse<String> page = analyst().get("/statistics?year=2011");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Statistics for policy", "href=\"/statistics\"", "aria-current=\"page\"",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"",
				"aria-labelledby=\"chart-children-country-title chart-children-country-desc\"",
				"id=\"export-csv\"", "id=\"export-xlsx\"");
		assertThat(page.body()).doesNotContain("cdn", "<script>");
	}

	@Test
	void othersAreRefusedAndDoNotSeeTheLink() {
		HttpTestClient caseworker = signedIn("caseworker.se", PASSWORD);
		assertThat(caseworker.get("/statistics").statusCode()).isEqualTo(403);
		assertThat(caseworker.get("/statistics/export.csv").statusCode()).isEqualTo(403);
		assertThat(caseworker.get("/").body()).doesNotContain("href=\"/statistics\"");
		assertThat(client().get("/statistics").statusCode()).isEqualTo(302);
	}

	@Test
	void aFreeRangeOrAWrongCountryIsNamedBesideItsField() {
		HttpResponse<String> page = analyst().get("/statistics?from=2026-02-01&country=QQ");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"error-summary\"", "href=\"#year\"", "href=\"#country\"",
				"Free date ranges are not offered: choose a year, a quarter or a month.", "id=\"year-error\"",
				"aria-describedby=\"period-hint year-error\"", "id=\"country-error\"");
		assertThat(page.body()).doesNotContain("id=\"export-csv\"", "id=\"from\"");

		HttpResponse<String> month = analyst().get("/statistics?year=2011&part=03&country=WS");
		assertThat(month.body()).contains("href=\"#country\"",
				"Figures for one country are published for whole years only: choose the whole year, or all countries.");
	}

	@Test
	void aMonthShowsTheNumbersOfChildrenAndRequestsAndSaysWhyNoMore() {
		HttpResponse<String> page = analyst().get("/statistics?year=2011&part=Q1");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Children identified in January–March 2011 (quarter 1): 2011-01-01 to 2011-03-31.",
				"id=\"table-period-totals\"", "Cross-border requests sent or received",
				"For a month or a quarter only these two numbers are published", "href=\"/statistics/export.csv?period=2011-Q1\"",
				"<option value=\"Q1\" selected=\"selected\">");
		assertThat(page.body()).doesNotContain("id=\"table-children-sex\"");
	}

	@Test
	void htmxGetsOnlyTheFigures() {
		HttpTestClient analyst = analyst();
		HttpResponse<String> fragment = analyst.send(analyst.request("/statistics?year=2011")
			.header("HX-Request", "true")
			.GET()
			.build());

		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<div id=\"statistics-results\"").doesNotContain("<html", "field-error");

		// The form comes too (out of band), so that a field shows its error beside it, or drops one it showed.
		HttpResponse<String> refused = analyst.send(analyst.request("/statistics?year=2011&part=03&country=WS")
			.header("HX-Request", "true")
			.GET()
			.build());
		assertThat(refused.body()).startsWith("<div id=\"statistics-results\"")
			.contains("id=\"statistics-filter-area\" hx-swap-oob=\"true\"", "id=\"country-error\"",
					"aria-describedby=\"country-error\"", "href=\"#country\"");
	}

}
