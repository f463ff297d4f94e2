package org.protect.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/** The dashboard page: analysts only, its charts, the period and country named field by field, htmx. */
class StatisticsPagesIntegrationTests extends IntegrationTest {

	private HttpTestClient signedIn(String username) {
		HttpTestClient browser = client();
		browser.signIn(username, PASSWORD);
		return browser;
	}

	@Test
	void anAnalystSeesTheFiguresWithChartsAndTheStatisticsLink() {
		HttpResponse<String> page = signedIn("analyst.se").get("/statistics");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Statistics for policy", "href=\"/statistics\"", "aria-current=\"page\"",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"",
				"aria-labelledby=\"chart-children-country-title chart-children-country-desc\"",
				"id=\"export-csv\"", "id=\"export-xlsx\"");
		assertThat(page.body()).doesNotContain("cdn", "<script>");
	}

	@Test
	void othersAreRefusedAndDoNotSeeTheLink() {
		HttpTestClient caseworker = signedIn("caseworker.se");
		assertThat(caseworker.get("/statistics").statusCode()).isEqualTo(403);
		assertThat(caseworker.get("/statistics/export.csv").statusCode()).isEqualTo(403);
		assertThat(caseworker.get("/").body()).doesNotContain("href=\"/statistics\"");
		assertThat(client().get("/statistics").statusCode()).isEqualTo(302);
	}

	@Test
	void aWrongDateOrCountryIsNamedBesideItsField() {
		HttpResponse<String> page = signedIn("analyst.se").get("/statistics?from=2026-02-30&country=QQ");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"error-summary\"", "href=\"#from\"", "href=\"#country\"",
				"Enter a date as YYYY-MM-DD, such as 2026-01-31.", "id=\"from-error\"", "aria-describedby=\"from-error\"");
		assertThat(page.body()).doesNotContain("id=\"export-csv\"");
	}

	@Test
	void htmxGetsOnlyTheFigures() {
		HttpTestClient analyst = signedIn("analyst.se");
		HttpResponse<String> fragment = analyst.send(analyst.request("/statistics?from=2011-01-01&to=2011-12-31")
			.header("HX-Request", "true")
			.GET()
			.build());

		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<div id=\"statistics-results\"").doesNotContain("<html");
	}

}
