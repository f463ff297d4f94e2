package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.statistics.internal.StatisticsRefresh;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst opens the statistics from the navigation, narrows them to a period and a country of origin,
 * reads the charts and tables, and downloads the tables as CSV: the download holds the page's figures,
 * withheld the same way. Accessible on every page.
 */
class StatisticsBrowserTests extends BrowserTest {

	@Autowired
	StatisticsRefresh refresh;

	@Autowired
	AccountManagement accounts;

	@Test
	void anAnalystOpensTheDashboardNarrowsItAndDownloadsTheTablesAsCsv() throws Exception {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		LocalDate identified = LocalDate.of(2011, 3, 7);
		// Seven children from Samoa: 2 girls (withheld) and 5 boys (withheld too, or 7 - 5 would give the 2 away).
		for (int i = 0; i < 7; i++) {
			var created = caseworker.postJson("/api/v1/cases", """
					{"givenName": "Browser%s", "familyName": "Statistic", "sex": "%s", "birthYear": 1998,
					 "nationalityClaimed": "WS", "identifiedOn": "%s"}""".formatted("abcdefg".charAt(i), i < 2 ? "F" : "M",
					identified));
			org.assertj.core.api.Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		refresh.refreshNow();

		// An analyst of their own, whose language no other test has changed.
		String analyst = ApiUsers.create(accounts,
				ApiUsers.organisation(accounts, OrganisationType.CENTRAL_AUTHORITY, null), Role.ANALYST);
		signIn(analyst, TestUsers.PASSWORD);
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Statistics"))
			.click();
		page.waitForLoadState();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/statistics$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Statistics for policy");
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Period"))).isVisible();
		assertAccessible();

		// One country's figures for a month are refused, named beside the country, with a link to it.
		page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).selectOption("2011");
		page.getByLabel("Quarter or month").selectOption("03");
		page.locator("#country").selectOption("WS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click();
		var summary = page.locator(".error-summary");
		assertThat(summary).containsText("Figures for one country are published for whole years only");
		assertAccessible();
		assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#country");
		assertThat(page.locator("#country")).hasAttribute("aria-describedby", "country-error");

		page.getByLabel("Quarter or month").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("The whole year"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click();
		assertThat(page.locator("#statistics-results")).containsText("Children from Samoa only.");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*year=2011.*country=WS.*"));
		// The form came back with the figures (its error gone), and the button that was pressed still has the focus.
		assertThat(page.locator("#country-error")).hasCount(0);
		assertThat(page.locator("#statistics-show")).isFocused();
		assertThat(page.locator("#table-children-country svg")).isVisible();
		var sexTable = page.locator("#table-children-sex table");
		assertThat(sexTable.locator("tbody tr").first()).containsText("<5");
		assertThat(sexTable.locator("tbody tr").nth(1)).containsText("x");
		assertThat(sexTable.locator("tfoot")).containsText("7");
		assertThat(page.locator("#table-children-sex svg")).hasAttribute("role", "img");
		assertAccessible();

		Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
		assertThat(download.suggestedFilename()).isEqualTo("protect-statistics-2011-WS.csv");
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFStatistics for policy");
		assertThat(csv.lines().toList()).contains("Children by sex", "Sex,Children", "Female,<5", "Male,x", "Total,7",
				"Children from Samoa only.");
		assertThat(csv).doesNotContain("Female,2", "Male,5");
	}

}
