package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.protect.support.TestTotp;

/**
 * A person's path through sign-in, languages, administration and MFA enrolment, in a real browser.
 */
class AccountsBrowserTests extends BrowserTest {

	@Test
	void aCaseworkerSignsInAndSeesTheirHomePage() {
		signIn("caseworker.se", PASSWORD);
		assertThat(page).hasURL(baseUrl() + "/");
		assertAccessible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Welcome, Demo Caseworker");
		assertThat(page.getByText("No cases yet.")).isVisible();
		visit("/account");
	}

	@Test
	void switchingToLatvianShowsLatvianText() {
		signIn("guardian.se", PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Latviešu")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.locator("html")).hasAttribute("lang", "lv");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Latviešu")))
			.hasAttribute("aria-current", "true");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
			.doesNotContain("Welcome");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.hasText(latvian("home.attention"));
	}

	private static String latvian(String key) {
		var properties = new java.util.Properties();
		try (var reader = java.nio.file.Files.newBufferedReader(
				java.nio.file.Path.of("src/main/resources/i18n/messages_lv.properties"))) {
			properties.load(reader);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return properties.getProperty(key);
	}

	@Test
	void aWrongPasswordShowsAnAccessibleError() {
		visit("/login");
		page.getByLabel("User name").fill("caseworker.se");
		page.getByLabel("Password").fill("not the password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sign-in failed");
	}

	@Test
	void anAdministratorCreatesAUserWhoMustSetUpMfaAtFirstSignIn() {
		signIn("admin", PASSWORD);
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
		page.waitForLoadState();
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a user")).click();
		page.waitForLoadState();
		assertAccessible();

		// First with a mistake, to see the error summary.
		page.getByLabel("User name").fill("central.officer.browser");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Synthetic Central Officer");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose at least one role");

		page.getByLabel("Organisation").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Demo Central Authority (SE)"));
		page.getByLabel("Central authority officer").check();
		page.getByLabel("Initial password").fill("quiet harbour lantern 77");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("The user has been created.");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.waitForLoadState();
		assertAccessible();

		signIn("central.officer.browser", "quiet harbour lantern 77");
		assertThat(page).hasURL(baseUrl() + "/account/mfa");
		assertAccessible();
		assertThat(page.getByText("Your role requires two-step verification")).isVisible();
		assertThat(page.getByRole(AriaRole.IMG)).hasAttribute("aria-label",
				"QR code to add Protect to your authenticator app");
		String secret = page.locator("#mfa-secret").textContent().trim();
		page.getByLabel("Enter the 6-digit code the app shows").fill(TestTotp.now(secret));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step verification")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Two-step verification is on");
		visit("/");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Welcome, Synthetic Central Officer");
	}

	@Test
	void theAuditPageFiltersByUserWithoutReloadingThePage() {
		signIn("admin", PASSWORD);
		visit("/admin/audit");
		page.getByLabel("User", new Page.GetByLabelOptions().setExact(true)).fill("admin");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*actor=admin.*"));
		assertThat(page.locator("#audit-results tbody tr").first()).containsText("admin");
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the chain")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByText("The chain is intact")).isVisible();
	}

	@Test
	void errorPagesAreAccessibleToo() {
		signIn("caseworker.se", PASSWORD);
		visit("/admin/users");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("You do not have access to this page");
		visit("/no-such-page");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");
	}

}
