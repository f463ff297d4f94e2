package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/**
 * The shell every page shares: security headers, the public health check, languages, error pages.
 */
class WebShellIntegrationTests extends IntegrationTest {

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (HttpResponse<String> response : new HttpResponse[] { client().get("/login"), client().get("/api/v1/me") }) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
					policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
		}
	}

	@Test
	void pagesHaveNoInlineScript() {
		String page = client().get("/login").body();
		assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		assertThat(page).doesNotContain("onclick=").doesNotContain("style=\"");
	}

	@Test
	void healthIsPublicAndSaysOnlyItsStatus() {
		HttpResponse<String> health = client().get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void nothingElseOfActuatorIsReachable() {
		assertThat(client().get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
		HttpTestClient admin = client();
		admin.signIn("admin", PASSWORD);
		assertThat(admin.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(admin.get("/actuator/beans").statusCode()).isEqualTo(404);
		assertThat(admin.get("/actuator").statusCode()).isEqualTo(404);
	}

	@Test
	void theLanguageSwitchChangesTheLanguageOfThePage() {
		HttpTestClient browser = client();
		HttpResponse<String> latvian = browser.get("/login?lang=lv");
		assertThat(latvian.body()).contains("<html lang=\"lv\"");
		HttpResponse<String> stillLatvian = browser.get("/login");
		assertThat(stillLatvian.body()).contains("<html lang=\"lv\"");
		assertThat(browser.get("/login?lang=xx").body()).contains("<html lang=\"lv\"");
	}

	@Test
	void theBrowsersLanguageDecidesWithoutAChoice() {
		assertThat(client().header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").get("/login").body())
			.contains("<html lang=\"sv\"");
		assertThat(client().header("Accept-Language", "fr-FR").get("/login").body()).contains("<html lang=\"en\"");
	}

	@Test
	void theProfileLanguageDecidesOverTheBrowsers() {
		HttpTestClient browser = client().header("Accept-Language", "sv");
		browser.signIn("analyst.se", PASSWORD);
		HttpResponse<String> saved = browser.postForm("/account", "/account/language", java.util.Map.of("language", "lt"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(browser.get("/").body()).contains("<html lang=\"lt\"");
		HttpTestClient later = client().header("Accept-Language", "sv");
		later.signIn("analyst.se", PASSWORD);
		assertThat(later.get("/").body()).contains("<html lang=\"lt\"");
		// Back to "the browser's language": the next sign-in follows Accept-Language again.
		HttpResponse<String> reset = browser.postForm("/account", "/account/language", java.util.Map.of("language", ""));
		assertThat(reset.statusCode()).isEqualTo(302);
		HttpTestClient afterReset = client().header("Accept-Language", "sv");
		afterReset.signIn("analyst.se", PASSWORD);
		assertThat(afterReset.get("/").body()).contains("<html lang=\"sv\"");
	}

	@Test
	void anUnknownPageShowsALocalisedErrorPage() {
		HttpTestClient browser = client();
		browser.signIn("caseworker.se", PASSWORD);
		HttpResponse<String> missing = browser.get("/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found").contains("<html lang=\"en\"");
		HttpResponse<String> latvian = browser.get("/no-such-page?lang=lv");
		assertThat(latvian.statusCode()).isEqualTo(404);
		assertThat(latvian.body()).contains("<html lang=\"lv\"").doesNotContain("Page not found");
	}

	@Test
	void theSignInPageIsPublicAndEverythingElseAsksToSignIn() {
		assertThat(client().get("/login").statusCode()).isEqualTo(200);
		HttpResponse<String> home = client().get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(home)).endsWith("/login");
	}

}
