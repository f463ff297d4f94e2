package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;

/** A caseworker finds the same child registered twice, in two scripts, and links the cases. */
class CaseMatchesBrowserTests extends BrowserTest {

	private String register(HttpTestClient api, String body) {
		return HttpTestClient.json(api.postJson("/api/v1/cases", body)).get("id").asString();
	}

	@Test
	void theCasePageOffersThePossibleExistingRecordAndTheCaseworkerLinksIt() {
		HttpTestClient api = client().withToken("caseworker.se", PASSWORD);
		register(api, """
				{"givenName": "Богдан", "familyName": "Гнатюк", "sex": "M", "birthYear": 2012, "nationalityClaimed": "UA"}""");
		String second = register(api, """
				{"givenName": "Bohdan", "familyName": "Hnatiuk", "sex": "M", "birthYear": 2012, "nationalityClaimed": "UA"}""");

		signIn("caseworker.se", PASSWORD);
		visit("/cases/" + second);
		assertThat(page.locator("#matches-list")).containsText("Богдан");
		assertAccessible();
		page.locator("#matches-list").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Same child: link")).first().click();
		assertThat(page.locator("#matches-list")).containsText("Undo");
		assertAccessible();
		visit("/cases/" + second + "/matches");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
	}

}
