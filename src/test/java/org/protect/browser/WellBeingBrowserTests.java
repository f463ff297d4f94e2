package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.protect.monitoring.Condition;
import org.protect.support.HttpTestClient;
import org.protect.support.Pdfs;

/**
 * The path through the well-being pages in a real browser: a caseworker records the child's current
 * situation and two options, sees them side by side, schedules the follow-ups after the return and records the
 * first one as the receiving country reported it, sees the trend, and downloads the court report from the case
 * page; every page is checked with axe-core.
 */
class WellBeingBrowserTests extends BrowserTest {

	private static final LocalDate TODAY = LocalDate.now();

	@Test
	void aCaseworkerComparesTheOptionsFollowsTheChildAfterTheReturnAndDownloadsTheCourtReport() throws IOException {
		HttpTestClient api = client().withToken("caseworker.se", PASSWORD);
		String caseId = HttpTestClient.json(api.postJson("/api/v1/cases", """
				{"givenName": "Lule", "familyName": "Browserwellbeing", "sex": "F", "birthYear": 2013, "nationalityClaimed": "AL"}"""))
			.get("id")
			.asString();

		signIn("caseworker.se", PASSWORD);
		visit("/cases/" + caseId);
		Locator section = page.locator("#well-being");
		assertThat(section.locator("#well-being-list")).isVisible();
		assertThat(section).containsText("No well-being assessment has been recorded yet.");
		assertAccessible();

		// A form sent half-filled: every problem listed and linked to its field.
		section.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Record the current situation")).click();
		page.waitForLoadState();
		assertAccessible();
		submit("Record the assessment");
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("There is a problem");
		// The summary has the keyboard focus, so a screen reader reads it first, and names each condition.
		Locator summary = page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Education: choose a rating");
		assertThat(summary).not().containsText("Enter a value.");
		assertThat(page.locator(".error-summary a[href='#f-ratings-EDUCATION-level-1']")).isVisible();
		assertAccessible();
		fill(3, "Talks with the child and the staff of the children's home");
		page.locator("#f-ratings-AFFECTIVE_ATMOSPHERE-childLevel-2").check();
		page.locator("#f-childViews").fill("I am safe here, but I miss my mother.");
		submit("Record the assessment");
		assertThat(page.locator(".notice")).containsText("The assessment is recorded.");
		assertThat(page.locator("#profile-chart")).isVisible();
		assertThat(page.locator("#profile-chart rect.bar")).hasCount(14);
		assertAccessible();

		option("Return to the mother in Tirana", "AL", 4);
		option("Foster family here", "SE", 5);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the well-being of case")).click();
		page.waitForLoadState();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare the situations side by side")).click();
		page.waitForLoadState();
		Locator chart = page.locator("#comparison-chart");
		assertThat(chart).isVisible();
		assertThat(chart.locator("rect.bar")).hasCount(14 * 3);
		assertThat(page.locator("#comparison-table thead")).containsText("Return to the mother in Tirana");
		assertThat(page.locator("#comparison-table thead")).containsText("Foster family here");
		assertAccessible();

		// The return took place 40 days ago: the default schedule, whose first follow-up is now overdue.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the well-being of case")).click();
		page.waitForLoadState();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a follow-up"))).hasCount(0);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make a follow-up schedule")).click();
		page.waitForLoadState();
		assertThat(page.locator("#f-from")).isInViewport();
		assertAccessible();
		page.locator("#f-from").fill(TODAY.minusDays(40).toString());
		submit("Schedule the follow-ups");
		assertThat(page.locator("#well-being-follow-ups")).containsText("Overdue");
		assertAccessible();
		LocalDate due = TODAY.minusDays(40).plusMonths(1);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the follow-up due " + due)).click();
		page.waitForLoadState();
		assertThat(page.locator("#f-situation-FOLLOW_UP")).isChecked();
		page.locator("#f-country").fill("AL");
		page.locator("#f-source-PARTNER").check();
		page.locator("#f-sourceReference").fill("Follow-up report, answer of the cross-border request");
		fill(4, "Home visit by the receiving child protection unit");
		page.locator("#f-childViews").fill("It is good to be home.");
		submit("Record the assessment");
		assertThat(page.locator(".notice")).containsText("The assessment is recorded.");
		assertAccessible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the well-being of case")).click();
		page.waitForLoadState();
		assertThat(page.locator("#well-being-follow-ups")).containsText("Done " + TODAY);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Well-being over the follow-ups")).click();
		page.waitForLoadState();
		assertThat(page.locator("#trend-chart path.trend-line")).hasCount(14);
		assertThat(page.locator("#trend-table thead th")).hasCount(3);
		assertThat(page.locator("#well-being-follow-ups")).not().containsText("Overdue");
		assertAccessible();

		// The court report, as a judge would be sent it: a PDF holding the options and the follow-up.
		visit("/cases/" + caseId);
		Download download = page.waitForDownload(() -> page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Court report (PDF)"))
			.click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("court-report-")
			.endsWith(".pdf");
		try (PDDocument report = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			String text = new PDFTextStripper().getText(report).replaceAll("\\s+", " ");
			org.assertj.core.api.Assertions.assertThat(report.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			org.assertj.core.api.Assertions.assertThat(text).contains("Court report")
				.contains("Issued to")
				.contains("caseworker.se")
				.contains("Return to the mother in Tirana")
				.contains("Foster family here")
				.contains("It is good to be home.");
			// The charts of the well-being pages, drawn in: the situations side by side and the trend.
			org.assertj.core.api.Assertions.assertThat(Pdfs.figures(report)).hasSize(2)
				.anySatisfy(alt -> org.assertj.core.api.Assertions.assertThat(alt).startsWith("The situations side by side."))
				.anySatisfy(alt -> org.assertj.core.api.Assertions.assertThat(alt).startsWith("Well-being over time."));
		}
	}

	/** Records an option from the well-being list, every condition at {@code level}. */
	private void option(String name, String country, int level) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the well-being of case")).click();
		page.waitForLoadState();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an option being considered")).click();
		page.waitForLoadState();
		assertThat(page.locator("#f-situation-OPTION")).isChecked();
		page.locator("#f-optionName").fill(name);
		page.locator("#f-country").fill(country);
		fill(level, "Family assessment and a visit");
		page.locator("#f-childViews").fill("I want to be with my mother.");
		submit("Record the assessment");
		assertThat(page.locator(".notice")).containsText("The assessment is recorded.");
	}

	/** Rates every condition, with a justification and sources, as a caseworker fills the form. */
	private void fill(int level, String sources) {
		page.locator("#f-assessedBy").fill("Demo caseworker with the guardian");
		for (Condition condition : Condition.values()) {
			String prefix = "#f-ratings-" + condition.name() + "-";
			page.locator(prefix + "level-" + level).check();
			page.locator(prefix + "justification").fill("Synthetic observation on " + condition.name().toLowerCase());
			page.locator(prefix + "sources").fill(sources);
		}
	}

	private void submit(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
		page.waitForLoadState();
	}

}
