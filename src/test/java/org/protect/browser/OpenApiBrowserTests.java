package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI, the human page of the API, works under the node's strict Content-Security-Policy: it
 * loads the description, shows the operations, and nothing it does is blocked.
 * <p>
 * Unlike the other browser tests this one does not run axe-core: Swagger UI itself (5.32, not our
 * markup) has serious and critical violations (colour contrast, buttons nested in buttons, the unlabelled
 * servers list), reported rather than hidden; the check belongs here once Swagger UI fixes them.
 */
class OpenApiBrowserTests extends BrowserTest {

	@Test
	void swaggerUiShowsTheApiWithNothingBlockedByTheContentSecurityPolicy() {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		page.onPageError(error -> errors.add(error));
		page.navigate(baseUrl() + "/swagger-ui.html");
		// Swagger UI fetches and lays out the whole description first: on a loaded 2-core machine that takes
		// longer than an assertion's default 5 s.
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Protect API")))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(page.locator("#operations-tag-Session")).isVisible();
		page.locator("#operations-Session-create button.opblock-summary-control").click();
		assertThat(page.locator("#operations-Session-create")).containsText("A token, and when it expires");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize")).first().click();
		assertThat(page.getByText("An opaque token from")).isVisible();
		assertThat(errors).as("console errors and blocked resources in Swagger UI").isEmpty();
	}

}
