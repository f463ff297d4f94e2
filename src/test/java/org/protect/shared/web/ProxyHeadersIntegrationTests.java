package org.protect.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;

import org.protect.ProtectApplication;
import org.protect.support.RawHttp;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A node behind a TLS proxy, configured as the README says: forwarded headers believed from the proxy's
 * address only, and a public base URL. Cookies are {@code Secure} when the proxy says the visitor came over
 * TLS, not when anyone else says so, and a request naming another host is refused.
 */
@SpringBootTest(classes = ProtectApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
				"protect.web.public-base-url=https://protect.example.org" })
class ProxyHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@org.springframework.test.context.DynamicPropertySource
	static void dataDirectory(org.springframework.test.context.DynamicPropertyRegistry registry) {
		Path data = Path.of("target", "test-data", "proxy-" + UUID.randomUUID());
		registry.add("protect.data-dir", () -> data.toAbsolutePath().toString());
	}

	private static final String HOST = "Host: protect.example.org";

	private static final String TLS = "X-Forwarded-Proto: https";

	@Test
	void behindTheTrustedProxyOverTlsTheSessionAndLanguageCookiesAreSecure() {
		RawHttp.Answer page = RawHttp.get("127.0.0.1", port, "/login?lang=sv", HOST, TLS);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.all("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("PROTECT_SESSION="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
		assertThat(page.all("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("protect_lang="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
		assertThat(page.header("Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void anyoneElseWhoSaysTlsIsNotBelieved() {
		RawHttp.Answer page = RawHttp.get("127.0.0.2", port, "/login?lang=sv", HOST, TLS);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.all("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
		assertThat(page.header("Strict-Transport-Security")).isNull();
	}

	@Test
	void aRequestNamingAnotherHostIsRefusedAndRedirectsNeverNameIt() {
		RawHttp.Answer forged = RawHttp.get("127.0.0.1", port, "/cases", "Host: evil.example", TLS);
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.headers().toString()).doesNotContain("evil.example");
		assertThat(forged.body()).doesNotContain("evil.example");
		RawHttp.Answer redirected = RawHttp.get("127.0.0.1", port, "/cases", HOST, TLS);
		assertThat(redirected.status()).isEqualTo(302);
		assertThat(redirected.header("Location")).isIn("/login", "https://protect.example.org/login");
	}

}
