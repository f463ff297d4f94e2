package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/** The in-node duplicate screen: the same child registered twice, in two scripts, is found and linked. */
class CaseMatchingIntegrationTests extends IntegrationTest {

	private static String register(HttpTestClient client, String body) {
		HttpResponse<String> response = client.postJson("/api/v1/cases", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return HttpTestClient.json(response).get("id").asString();
	}

	@Test
	void theSameChildRegisteredInAnotherScriptIsOfferedLinkedAndTheLinkUndone() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		String cyrillic = register(caseworker, """
				{"givenName": "Тарас", "familyName": "Мельничук", "sex": "M", "birthDate": "2011-03-14",
				 "nationalityClaimed": "UA", "language": "uk"}""");
		String latin = register(caseworker, """
				{"givenName": "Taras", "familyName": "Melnychuk", "sex": "M", "birthYear": 2011, "nationalityClaimed": "UA"}""");
		String other = register(caseworker, """
				{"givenName": "Taras", "familyName": "Bondar", "sex": "M", "birthYear": 2004, "nationalityClaimed": "MD"}""");

		var matches = HttpTestClient.json(caseworker.get("/api/v1/cases/" + latin + "/possible-matches"));
		var found = matches.valueStream().filter(m -> m.get("otherCaseId").asString().equals(cyrillic)).findFirst();
		assertThat(found).isPresent();
		assertThat(found.get().get("displayName").asString()).contains("Тарас");
		assertThat(found.get().get("agreeing").toString()).contains("surname");
		assertThat(matches.valueStream().map(m -> m.get("otherCaseId").asString()).toList()).doesNotContain(other);

		assertThat(caseworker.postJson("/api/v1/cases/" + latin + "/matches",
				"{\"otherCaseId\": \"" + cyrillic + "\", \"decision\": \"CONFIRMED\", \"reason\": \"Same photo\"}")
			.statusCode()).isEqualTo(204);
		assertThat(caseworker.postJson("/api/v1/cases/" + cyrillic + "/matches",
				"{\"otherCaseId\": \"" + latin + "\", \"decision\": \"DISMISSED\"}").statusCode()).isEqualTo(409);
		var linked = HttpTestClient.json(caseworker.get("/api/v1/cases/" + cyrillic + "/possible-matches"))
			.valueStream()
			.filter(m -> m.get("otherCaseId").asString().equals(latin))
			.findFirst()
			.orElseThrow();
		assertThat(linked.get("decision").asString()).isEqualTo("CONFIRMED");
		var timeline = HttpTestClient.json(caseworker.get("/api/v1/cases/" + cyrillic + "/timeline"));
		assertThat(timeline.valueStream().map(e -> e.get("kind").asString()).toList()).contains("MATCH_CONFIRMED");

		assertThat(caseworker.delete("/api/v1/cases/" + latin + "/matches/" + linked.get("linkId").asString())
			.statusCode()).isEqualTo(204);
		assertThat(caseworker.postJson("/api/v1/cases/" + latin + "/matches",
				"{\"otherCaseId\": \"" + cyrillic + "\", \"decision\": \"DISMISSED\", \"reason\": \"Twins\"}")
			.statusCode()).isEqualTo(204);
		var afterDismissal = HttpTestClient.json(caseworker.get("/api/v1/cases/" + latin + "/possible-matches"));
		assertThat(afterDismissal.valueStream().map(m -> m.get("otherCaseId").asString()).toList())
			.doesNotContain(cyrillic);
	}

	@Test
	void onlyTheCaseTeamSeesPossibleMatches() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		String id = register(caseworker, """
				{"givenName": "Rinor", "familyName": "Gashi", "sex": "M", "birthYear": 2012, "nationalityClaimed": "XK"}""");
		assertThat(client().withToken("guardian.se", PASSWORD).get("/api/v1/cases/" + id + "/possible-matches")
			.statusCode()).isEqualTo(404);
		assertThat(client().withToken("supervisor.se", PASSWORD).get("/api/v1/cases/" + id + "/possible-matches")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void onThePagesACaseworkerSeesTheMatchAndLinksIt() {
		HttpTestClient api = client().withToken("caseworker.se", PASSWORD);
		String first = register(api, """
				{"givenName": "Мар'яна", "familyName": "Ковальчук", "sex": "F", "birthYear": 2010, "nationalityClaimed": "UA"}""");
		String second = register(api, """
				{"givenName": "Mariana", "familyName": "Kovalchuk", "sex": "F", "birthYear": 2010, "nationalityClaimed": "UA"}""");
		String firstNumber = HttpTestClient.json(api.get("/api/v1/cases/" + first)).get("caseNumber").asString();

		HttpTestClient browser = client();
		browser.signIn("caseworker.se", PASSWORD);
		assertThat(browser.get("/cases/" + second).body()).contains("/cases/" + second + "/matches");
		HttpResponse<String> page = browser.get("/cases/" + second + "/matches");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(firstNumber);

		HttpResponse<String> linked = browser.postFormWithToken("/cases/" + second + "/matches",
				HttpTestClient.csrf(page.body()),
				java.util.Map.of("otherCaseId", first, "decision", "CONFIRMED", "reason", "Same photo"));
		assertThat(linked.statusCode()).isEqualTo(302);
		assertThat(browser.get("/cases/" + second + "/matches").body()).contains("Same child");
		HttpResponse<String> again = browser.postFormWithToken("/cases/" + second + "/matches",
				HttpTestClient.csrf(page.body()), java.util.Map.of("otherCaseId", first, "decision", "DISMISSED"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("already on record");
	}

}
