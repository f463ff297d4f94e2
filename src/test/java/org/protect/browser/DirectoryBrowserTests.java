package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The public directory and its editing, as people use them in a real browser.
 */
class DirectoryBrowserTests extends BrowserTest {

	@Test
	void searchFromTheHomePageFindsAMisspelledInstrument() {
		visit("/directory");
		page.getByLabel("Search the directory").fill("Brusels IIb");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByText("Showing results for: brussels iib")).isVisible();
		assertThat(page.locator("#search-results li").first()).containsText("Brussels IIb Regulation");
		page.locator("#search-results li a").first().click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("2019/1111");
	}

	@Test
	void aCountryPageShowsInstrumentsAgenciesAndWhatIsUnverified() {
		visit("/directory");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Latvia").setExact(true)).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Latvia");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Instruments and their status")))
			.isVisible();
		assertThat(page.getByText("Not yet verified").first()).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Orphan's and custody courts")).click();
		page.waitForLoadState();
		assertAccessible();
	}

	@Test
	void theGuideForAnUnaccompaniedChildInLatviaFromAlbaniaShowsBothSides() {
		visit("/guide");
		page.getByLabel("Country you are in").selectOption(new SelectOption().setLabel("Latvia"));
		page.getByLabel("Situation").selectOption("unaccompanied-child-identified");
		page.getByLabel("The child's country of origin (if known)").selectOption(new SelectOption().setLabel("Albania"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the steps")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.locator("ol.steps > li").first()).isVisible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("On the side of Albania")))
			.isVisible();
		assertThat(page.getByText("Instruments that bind both countries")).isVisible();
	}

	@Test
	void theGuideSaysWhatIsMissing() {
		visit("/guide");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the steps")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose the country you are in.");
	}

	@Test
	void anEditorDraftsAChangeASecondEditorPublishesItAndThePublicSeesIt() {
		signIn("editor.se", PASSWORD);
		visit("/directory/editor/entries/agency:lv:barintiesas");
		page.getByLabel("Mandate (optional)").first().fill("Synthetic mandate text written by the browser test.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as new draft")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The draft has been saved.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for review")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByText("Waiting for a second editor")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.waitForLoadState();

		visit("/directory/entries/agency:lv:barintiesas");
		assertThat(page.getByText("Synthetic mandate text written by the browser test.")).hasCount(0);

		signIn("reviewer.se", PASSWORD);
		visit("/directory/editor");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Orphan's and custody courts")).first().click();
		page.waitForLoadState();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The entry has been published.");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.locator("ins").first()).isVisible();

		visit("/directory/entries/agency:lv:barintiesas");
		assertThat(page.getByText("Synthetic mandate text written by the browser test.")).isVisible();
	}

}
