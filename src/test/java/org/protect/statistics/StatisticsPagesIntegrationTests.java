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
		HttpResponse<String> page = analyst().get("/statistics");

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
	void aWrongDateOrCountryIsNamedBesideItsField() {
		HttpResponse<String> page = analyst().get("/statistics?from=2026-02-30&country=QQ");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"error-summary\"", "href=\"#from\"", "href=\"#country\"",
				"Enter a date as YYYY-MM-DD, such as 2026-01-31.", "id=\"from-error\"", "aria-describedby=\"from-error\"");
		assertThat(page.body()).doesNotContain("id=\"export-csv\"");
	}

	@Test
	void htmxGetsOnlyTheFigures() {
		HttpTestClient analyst = analyst();
		HttpResponse<String> fragment = analyst.send(analyst.request("/statistics?from=2011-01-01&to=2011-12-31")
			.header("HX-Request", "true")
			.GET()
			.build());

		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<div id=\"statistics-results\"").doesNotContain("<html");
	}

}
