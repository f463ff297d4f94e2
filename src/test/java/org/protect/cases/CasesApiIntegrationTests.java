package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

class CasesApiIntegrationTests extends IntegrationTest {

	private static final String MINIMAL = """
			{"givenName": "Ardit", "familyName": "Kelmendi", "sex": "M", "birthYear": 2010, "nationalityClaimed": "AL"}""";

	@Test
	void aBorderOfficerRegistersAChildWithTheSmallestRegistration() {
		HttpTestClient border = client().withToken("border.se", PASSWORD);
		HttpResponse<String> response = border.postJson("/api/v1/cases", MINIMAL);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		var body = HttpTestClient.json(response);
		assertThat(body.get("caseNumber").asString()).matches("SE-\\d{4}-\\d{6}");
		assertThat(body.get("stage").asString()).isEqualTo("IDENTIFIED");
		assertThat(body.get("access").asString()).isEqualTo("REGISTRATION");
		assertThat(body.get("child").get("displayName").asString()).isEqualTo("Ardit Kelmendi");
		String id = body.get("id").asString();
		assertThat(HttpTestClient.location(response)).endsWith("/api/v1/cases/" + id);

		HttpResponse<String> again = border.get("/api/v1/cases/" + id);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(HttpTestClient.json(again).get("parts").size()).isZero();
	}

	@Test
	void aJumpToImplementedOnANewCaseListsEverySafeguardStillMissing() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		String id = HttpTestClient.json(caseworker.postJson("/api/v1/cases", MINIMAL)).get("id").asString();

		HttpResponse<String> refused = caseworker.postJson("/api/v1/cases/" + id + "/transitions",
				"{\"to\": \"IMPLEMENTED\", \"reason\": \"Synthetic test\"}");

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(HttpTestClient.json(refused).get("detail").asString()).contains("Identified", "Implemented")
			.doesNotContain("IDENTIFIED");
		// In the reader's language: the same refusal asked in Latvian names the stages in Latvian.
		HttpResponse<String> latvian = client().header("Accept-Language", "lv").withToken("caseworker.se", PASSWORD)
			.postJson("/api/v1/cases/" + id + "/transitions", "{\"to\": \"IMPLEMENTED\", \"reason\": \"Synthetic test\"}");
		assertThat(latvian.statusCode()).isEqualTo(409);
		assertThat(HttpTestClient.json(latvian).get("detail").asString()).contains("Identificēts", "Īstenots")
			.doesNotContain("IMPLEMENTED");
		var codes = HttpTestClient.json(refused).get("unmetSafeguards").valueStream().map(n -> n.asString()).toList();
		assertThat(codes).contains("NO_TRAFFICKING_SCREENING", "NO_GUARDIAN", "NO_RISK_ASSESSMENT", "NO_CHILD_VIEWS",
				"BID_NOT_APPROVED", "NO_CARE_PLAN");
		assertThat(HttpTestClient.json(caseworker.get("/api/v1/cases/" + id)).get("stage").asString())
			.isEqualTo("IDENTIFIED");
	}

	@Test
	void aCaseOfAnotherTeamDoesNotExistForAGuardianNotOnIt() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		String id = HttpTestClient.json(caseworker.postJson("/api/v1/cases", MINIMAL)).get("id").asString();

		HttpResponse<String> response = client().withToken("guardian.se", PASSWORD).get("/api/v1/cases/" + id);

		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void searchFindsAChildByANameWrittenInAnotherScript() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		var created = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Сергій", "familyName": "Коваленко", "sex": "M", "birthYear": 2011, "nationalityClaimed": "UA"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String number = HttpTestClient.json(created).get("caseNumber").asString();

		var found = HttpTestClient.json(caseworker.get("/api/v1/cases?q=Sergey+Kovalenko"));

		assertThat(found.get("cases").valueStream().map(c -> c.get("caseNumber").asString()).toList()).contains(number);
	}

	@Test
	void invalidRegistrationNamesEveryFieldAndSavesNothing() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		HttpResponse<String> response = caseworker.postJson("/api/v1/cases",
				"{\"givenName\": \"\", \"sex\": \"Q\", \"nationalityClaimed\": \"ZZ\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		var fields = HttpTestClient.json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
		assertThat(fields).contains("givenName", "familyName", "sex", "birthYear", "nationalityClaimed");
	}

	@Test
	void theApiDescriptionDocumentsRegistrationTransitionsAndTheParts() {
		var paths = HttpTestClient.json(client().get("/v3/api-docs")).get("paths");
		assertThat(paths.has("/api/v1/cases")).isTrue();
		assertThat(paths.get("/api/v1/cases/{id}/transitions").get("post").get("responses").has("409")).isTrue();
		assertThat(paths.get("/api/v1/cases/{id}/{part}").get("put").toString()).contains("CarePlan", "Screening");
	}

	@Test
	void aCaseWithoutAGuardianAfterThreeWorkingDaysShowsOnTheTeamsAttentionListOnly() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		String identified = java.time.LocalDate.now().minusDays(10).toString();
		var created = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Ilir", "familyName": "Berisha", "sex": "M", "birthYear": 2011, "nationalityClaimed": "XK",
				 "identifiedOn": "%s"}""".formatted(identified));
		String id = HttpTestClient.json(created).get("id").asString();

		var mine = HttpTestClient.json(caseworker.get("/api/v1/cases/attention"));
		var alerts = mine.valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow().get("alerts");
		assertThat(alerts.valueStream().map(a -> a.asString()).toList()).contains("NO_GUARDIAN_AFTER_3_WORKING_DAYS");
		var guardians = HttpTestClient.json(client().withToken("guardian.se", PASSWORD).get("/api/v1/cases/attention"));
		assertThat(guardians.valueStream().map(c -> c.get("id").asString()).toList()).doesNotContain(id);
	}

}
