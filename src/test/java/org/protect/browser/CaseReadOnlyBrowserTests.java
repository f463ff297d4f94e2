package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.support.ApiUsers;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A judge reads a case disclosed to their court: the whole file, read-only, and its printable summary,
 * accessible like every other page.
 */
class CaseReadOnlyBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Test
	void aJudgeReadsADisclosedCaseWithoutAnyWayToChangeIt() {
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, null);
		String judge = ApiUsers.create(accounts, court, Role.JUDGE);
		signIn(judge, TestUsers.PASSWORD);
		// Judges must use two-step verification: enrol as a person would, reading the key off the page.
		assertAccessible();
		enrolTwoStepVerification();

		visit("/cases");
		Locator disclosed = page.locator("main table tbody tr");
		// The demo node discloses two cases to its court (other tests may disclose more).
		assertThat(disclosed.first()).isVisible();
		org.assertj.core.api.Assertions.assertThat(disclosed.count()).isGreaterThanOrEqualTo(2);
		disclosed.first().getByRole(AriaRole.LINK).first().click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.locator("#screening")).hasCount(1);
		assertThat(page.locator("main fieldset:not([disabled]) button[type=submit]")).hasCount(0);

		visit(page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("/?(#.*)?$", "") + "/summary");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
	}

}
