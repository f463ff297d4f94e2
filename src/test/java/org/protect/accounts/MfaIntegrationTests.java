package org.protect.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.protect.support.AsAdmin;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.TestTotp;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;

class MfaIntegrationTests extends IntegrationTest {

	private static final Pattern SECRET = Pattern.compile("id=\"mfa-secret\">([A-Z2-7]+)<");

	@Autowired
	AccountManagement accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aUserWhoseRoleRequiresMfaMustEnrolBeforeReachingAnything() {
		String username = TestUsers.create(accounts, Role.CENTRAL_AUTHORITY);
		HttpTestClient browser = client();
		HttpResponse<String> signIn = browser.signIn(username, TestUsers.PASSWORD);
		assertThat(HttpTestClient.location(signIn)).endsWith("/account/mfa");
		assertThat(HttpTestClient.location(browser.get("/"))).endsWith("/account/mfa");
		assertThat(HttpTestClient.location(browser.get("/account"))).endsWith("/account/mfa");

		HttpResponse<String> enrolPage = browser.get("/account/mfa");
		assertThat(enrolPage.statusCode()).isEqualTo(200);
		assertThat(enrolPage.body()).contains("<svg").contains("qr-code");
		String secret = secretOn(enrolPage.body());

		HttpResponse<String> wrong = browser.postFormWithToken("/account/mfa", HttpTestClient.csrf(enrolPage.body()),
				Map.of("code", "000000".equals(TestTotp.now(secret)) ? "111111" : "000000"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(secretOn(wrong.body())).isEqualTo(secret);

		HttpResponse<String> confirmed = browser.postFormWithToken("/account/mfa", HttpTestClient.csrf(wrong.body()),
				Map.of("code", TestTotp.now(secret)));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void anEnrolledUserSignsInWithPasswordAndCodeOnThePagesAndTheApi() {
		String username = TestUsers.create(accounts, Role.JUDGE);
		String secret = enrol(username);

		HttpTestClient browser = client();
		assertThat(HttpTestClient.location(browser.signIn(username, TestUsers.PASSWORD))).endsWith("/login/code");
		assertThat(HttpTestClient.location(browser.get("/"))).endsWith("/login/code");
		HttpResponse<String> code = browser.postForm("/login/code", "/login/code",
				Map.of("code", TestTotp.next(secret)));
		assertThat(HttpTestClient.location(code)).endsWith("/");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		HttpResponse<String> noCode = client().postJson("/api/v1/session",
				"{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}");
		assertThat(noCode.statusCode()).isEqualTo(401);
		assertThat(HttpTestClient.json(noCode).get("code").asString()).isEqualTo("mfa-code-required");

		// Only one step of clock drift is tolerated: a code from two steps ahead is refused.
		String fresh = TestTotp.code(secret, java.time.Instant.now().plusSeconds(65));
		HttpResponse<String> withCode = client().postJson("/api/v1/session", "{\"username\":\"" + username
				+ "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\"" + fresh + "\"}");
		assertThat(withCode.statusCode()).isEqualTo(401);
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() {
		String username = TestUsers.create(accounts, Role.JUDGE);
		String secret = enrol(username);
		String code = TestTotp.next(secret);
		HttpResponse<String> first = client().postJson("/api/v1/session", "{\"username\":\"" + username
				+ "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\"" + code + "\"}");
		assertThat(first.statusCode()).isEqualTo(201);
		HttpResponse<String> replay = client().postJson("/api/v1/session", "{\"username\":\"" + username
				+ "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\"" + code + "\"}");
		assertThat(replay.statusCode()).isEqualTo(401);
		assertThat(HttpTestClient.json(replay).get("code").asString()).isEqualTo("invalid-credentials");
	}

	@Test
	void anAdministratorCanResetMfaAndTheUserEnrolsAgain() {
		String username = TestUsers.create(accounts, Role.JUDGE);
		enrol(username);
		UserSummary user = AsAdmin.call(() -> accounts.users(username, null).get(0));
		assertThat(user.mfaEnabled()).isTrue();
		AsAdmin.run(() -> accounts.resetMfa(user.id()));
		assertThat(HttpTestClient.location(client().signIn(username, TestUsers.PASSWORD))).endsWith("/account/mfa");
	}

	@Test
	void withoutARequirementMfaIsOptionalButOnceOnItIsAsked() {
		String username = TestUsers.create(accounts, Role.CASEWORKER);
		HttpTestClient browser = client();
		assertThat(HttpTestClient.location(browser.signIn(username, TestUsers.PASSWORD))).endsWith("/");
		HttpResponse<String> page = browser.get("/account/mfa");
		String secret = secretOn(page.body());
		browser.postFormWithToken("/account/mfa", HttpTestClient.csrf(page.body()), Map.of("code", TestTotp.now(secret)));
		assertThat(HttpTestClient.location(client().signIn(username, TestUsers.PASSWORD))).endsWith("/login/code");
	}

	/** Enrols the user through the pages and returns their secret; the code used is the current step's. */
	@Test
	void theSecretIsSealedInTheDatabase() {
		String username = TestUsers.create(accounts, Role.JUDGE);
		String secret = enrol(username);

		String stored = jdbc.sql("SELECT totp_secret FROM accounts.app_user WHERE username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("sealed:v1:").doesNotContain(secret);
		HttpResponse<String> withCode = client().postJson("/api/v1/session", "{\"username\":\"" + username
				+ "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\"" + TestTotp.next(secret) + "\"}");
		assertThat(withCode.statusCode()).isEqualTo(201);
	}

	private String enrol(String username) {
		HttpTestClient browser = client();
		browser.signIn(username, TestUsers.PASSWORD);
		HttpResponse<String> page = browser.get("/account/mfa");
		String secret = secretOn(page.body());
		HttpResponse<String> confirmed = browser.postFormWithToken("/account/mfa", HttpTestClient.csrf(page.body()),
				Map.of("code", TestTotp.now(secret)));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		return secret;
	}

	private static String secretOn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the page shows the secret").isTrue();
		return matcher.group(1);
	}

}
