package org.protect.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.protect.support.IntegrationTest;
import org.protect.support.RawHttp;

/**
 * A node as it starts by default, with no proxy and no public base URL configured: what a client writes in
 * {@code Host} or in forwarded headers never makes its way into a redirect or a cookie's flags.
 */
class HostHeaderIntegrationTests extends IntegrationTest {

	@Test
	void aForgedHostNeverEndsUpInTheWayToSignIn() {
		RawHttp.Answer response = RawHttp.get("127.0.0.1", port, "/cases", "Host: evil.example");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).isEqualTo("/login");
		RawHttp.Answer api = RawHttp.get("127.0.0.1", port, "/account", "Host: evil.example");
		assertThat(api.headers().toString()).doesNotContain("evil.example");
	}

	@Test
	void forwardedHeadersAreIgnoredUntilAProxyIsConfigured() {
		RawHttp.Answer page = RawHttp.get("127.0.0.1", port, "/login?lang=lv", "Host: localhost",
				"X-Forwarded-Proto: https", "X-Forwarded-Host: evil.example", "X-Forwarded-For: 192.0.2.1");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.all("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
		assertThat(page.body()).doesNotContain("evil.example");
		assertThat(page.header("Strict-Transport-Security")).isNull();
	}

}
