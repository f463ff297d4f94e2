package org.protect.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiSessionIntegrationTests extends IntegrationTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuesATokenThatAuthenticatesLaterRequests() {
		HttpTestClient api = client();
		HttpResponse<String> created = api.postJson("/api/v1/session",
				"{\"username\":\"caseworker.se\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		var body = HttpTestClient.json(created);
		assertThat(body.get("token").asString()).hasSizeGreaterThan(40);
		assertThat(body.get("expiresAt").asString()).isNotBlank();
		api.header("Authorization", "Bearer " + body.get("token").asString());
		HttpResponse<String> me = api.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(HttpTestClient.json(me).get("username").asString()).isEqualTo("caseworker.se");
	}

	@Test
	void storesOnlyAHashOfTheToken() {
		HttpResponse<String> created = client().postJson("/api/v1/session",
				"{\"username\":\"supervisor.se\",\"password\":\"" + PASSWORD + "\"}");
		String token = HttpTestClient.json(created).get("token").asString();
		long plain = jdbc.sql("SELECT count(*) FROM accounts.api_token WHERE token_hash = ?")
			.param(token)
			.query(Long.class)
			.single();
		assertThat(plain).isZero();
	}

	@Test
	void revokedTokensStopWorking() {
		HttpTestClient api = client().withToken("guardian.se", PASSWORD);
		assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(200);
		assertThat(api.delete("/api/v1/session").statusCode()).isEqualTo(204);
		HttpResponse<String> after = api.get("/api/v1/me");
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(HttpTestClient.json(after).get("code").asString()).isEqualTo("invalid-token");
	}

	@Test
	void expiredTokensStopWorking() {
		HttpTestClient api = client().withToken("ngo.se", PASSWORD);
		jdbc.sql("""
				UPDATE accounts.api_token SET expires_at = now() - interval '1 second'
				WHERE user_id = (SELECT id FROM accounts.app_user WHERE username = 'ngo.se')""").update();
		assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void refusesWrongCredentialsWithProblemJson() {
		HttpResponse<String> refused = client().postJson("/api/v1/session",
				"{\"username\":\"caseworker.se\",\"password\":\"wrong\"}");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(HttpTestClient.json(refused).get("code").asString()).isEqualTo("invalid-credentials");
	}

	@Test
	void reportsMissingFieldsOneByOne() {
		HttpResponse<String> refused = client().postJson("/api/v1/session", "{}");
		assertThat(refused.statusCode()).isEqualTo(400);
		var body = HttpTestClient.json(refused);
		assertThat(body.get("code").asString()).isEqualTo("validation-failed");
		assertThat(body.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username", "password");
	}

	@Test
	void theApiCountsFailuresTowardsTheSameLockOut() {
		String username = TestUsers.create(accounts, Role.CASEWORKER);
		for (int i = 0; i < 5; i++) {
			client().postJson("/api/v1/session", "{\"username\":\"" + username + "\",\"password\":\"wrong\"}");
		}
		HttpResponse<String> locked = client().postJson("/api/v1/session",
				"{\"username\":\"" + username + "\",\"password\":\"" + TestUsers.PASSWORD + "\"}");
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(HttpTestClient.location(client().signIn(username, TestUsers.PASSWORD))).endsWith("?error");
	}

	@Test
	void refusesATokenToAUserWhoseRoleRequiresMfaBeforeEnrolment() {
		HttpResponse<String> refused = client().postJson("/api/v1/session",
				"{\"username\":\"judge.se\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(HttpTestClient.json(refused).get("code").asString()).isEqualTo("mfa-enrolment-required");
	}

}
