package org.protect.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.protect.support.AsAdmin;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignInIntegrationTests extends IntegrationTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsInWithTheRightPasswordAndReachesTheHomePage() {
		HttpTestClient browser = client();
		HttpResponse<String> signIn = browser.signIn("caseworker.se", PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(signIn)).endsWith("/");
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Demo Caseworker").contains("Caseworker");
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
		HttpTestClient browser = client();
		HttpResponse<String> signIn = browser.signIn("caseworker.se", "not the password");
		assertThat(HttpTestClient.location(signIn)).endsWith("/login?error");
		HttpResponse<String> unknown = client().signIn("nobody.at.all", "not the password");
		assertThat(HttpTestClient.location(unknown)).endsWith("/login?error");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() {
		String username = TestUsers.create(accounts, Role.CASEWORKER);
		for (int i = 0; i < 5; i++) {
			assertThat(HttpTestClient.location(client().signIn(username, "wrong password " + i))).endsWith("?error");
		}
		HttpResponse<String> locked = client().signIn(username, TestUsers.PASSWORD);
		assertThat(HttpTestClient.location(locked)).endsWith("/login?error");
		UserSummary user = AsAdmin.call(() -> accounts.users(username, null).get(0));
		assertThat(user.lockedUntil()).isNotNull();
		assertThat(AsAdmin.call(() -> accounts.attention()).lockedUsers()).extracting(UserSummary::username)
			.contains(username);

		AsAdmin.run(() -> accounts.unlock(user.id()));
		assertThat(HttpTestClient.location(client().signIn(username, TestUsers.PASSWORD))).doesNotContain("error");
	}

	@Test
	void lockOutEndsByItselfWhenItsTimeHasPassed() {
		String username = TestUsers.create(accounts, Role.CASEWORKER);
		for (int i = 0; i < 5; i++) {
			client().signIn(username, "wrong password " + i);
		}
		assertThat(HttpTestClient.location(client().signIn(username, TestUsers.PASSWORD))).endsWith("?error");
		jdbc.sql("UPDATE accounts.app_user SET locked_until = now() - interval '1 second' WHERE username = ?")
			.param(username)
			.update();
		assertThat(HttpTestClient.location(client().signIn(username, TestUsers.PASSWORD))).doesNotContain("error");
	}

	@Test
	void deactivatedUsersCannotSignIn() {
		String username = TestUsers.create(accounts, Role.GUARDIAN);
		UserSummary user = AsAdmin.call(() -> accounts.users(username, null).get(0));
		AsAdmin.run(() -> accounts.setUserActive(user.id(), false));
		assertThat(HttpTestClient.location(client().signIn(username, TestUsers.PASSWORD))).endsWith("/login?error");
	}

	@Test
	void deactivationEndsTheUsersOpenSessionsAtOnce() {
		String username = TestUsers.create(accounts, Role.CASEWORKER);
		HttpTestClient browser = client();
		browser.signIn(username, TestUsers.PASSWORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		UserSummary user = AsAdmin.call(() -> accounts.users(username, null).get(0));
		AsAdmin.run(() -> accounts.setUserActive(user.id(), false));
		HttpResponse<String> after = browser.get("/");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(after)).endsWith("/login");
	}

	@Test
	void aRoleTakenAwayIsNotUsableInAnOpenSession() {
		String username = TestUsers.create(accounts, Role.ADMIN, Role.CASEWORKER);
		HttpTestClient browser = client();
		browser.signIn(username, TestUsers.PASSWORD);
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
		UserSummary user = AsAdmin.call(() -> accounts.users(username, null).get(0));
		AsAdmin.run(() -> accounts.updateUser(new UpdateUserCommand(user.id(), user.version(), user.displayName(), null,
				user.organisationId(), java.util.Set.of(Role.CASEWORKER), null)));
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSession() {
		HttpTestClient browser = client();
		browser.signIn("guardian.se", PASSWORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		HttpResponse<String> logout = browser.postForm("/", "/logout", Map.of());
		assertThat(HttpTestClient.location(logout)).endsWith("/login?logout");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() {
		HttpTestClient browser = client();
		browser.signIn("guardian.se", PASSWORD);
		HttpResponse<String> forged = browser.postFormWithToken("/account/language", "forged", Map.of("language", "lv"));
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void endsASessionAfterTheAbsoluteTimeoutHoweverActiveItIs() throws Exception {
		HttpTestClient browser = client();
		browser.signIn("border.se", PASSWORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		// The session is kept in the database: move its sign-in time back beyond the 8-hour limit, as if the
		// user had been working all day.
		var bytes = new java.io.ByteArrayOutputStream();
		try (var out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(java.time.Instant.now().minus(java.time.Duration.ofHours(9)));
		}
		int updated = jdbc.sql("""
				UPDATE accounts.http_session_attributes a SET attribute_bytes = ?
				FROM accounts.http_session s
				WHERE s.primary_id = a.session_primary_id AND s.principal_name = 'border.se'
				  AND a.attribute_name = 'protect.authenticatedAt'""").param(bytes.toByteArray()).update();
		assertThat(updated).isPositive();
		HttpResponse<String> expired = browser.get("/");
		assertThat(expired.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(expired)).endsWith("/login?expired");
		assertThat(HttpTestClient.location(browser.get("/"))).endsWith("/login");
	}

}
