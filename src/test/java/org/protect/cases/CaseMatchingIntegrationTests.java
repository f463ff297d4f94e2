package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/** The in-node duplicate screen: the same child registered twice, in two scripts, is found and linked. */
class CaseMatchingIntegrationTests extends IntegrationTest {

	@Autowired
	AccountManagement accounts;

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

	@Test
	void aDecisionNeedsTheRightToChangeBothCasesAndAnswersAsForAnUnknownCase() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		String theirs = register(caseworker, """
				{"givenName": "Oksana", "familyName": "Hrytsenko", "sex": "F", "birthYear": 2011, "nationalityClaimed": "UA"}""");
		var otherOrganisation = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES,
				"Synthetic Matching Municipality Social Services");
		HttpTestClient stranger = ApiUsers.signedIn(client(), client(),
				ApiUsers.create(accounts, otherOrganisation, Role.CASEWORKER), false);
		String own = register(stranger, """
				{"givenName": "Oksana", "familyName": "Hrytsenko", "sex": "F", "birthYear": 2011, "nationalityClaimed": "UA"}""");

		// Offered, to contact, but with nothing that would let the stranger test guesses about the child.
		var offered = HttpTestClient.json(stranger.get("/api/v1/cases/" + own + "/possible-matches"))
			.valueStream()
			.filter(m -> m.get("otherCaseId").asString().equals(theirs))
			.findFirst()
			.orElseThrow();
		assertThat(offered.get("displayName").isNull()).isTrue();
		assertThat(offered.get("agreeing").size()).isZero();
		assertThat(offered.get("disagreeing").size()).isZero();
		assertThat(offered.get("score").asDouble()).isZero();
		assertThat(offered.get("mayDecide").asBoolean()).isFalse();

		String unknown = "00000000-0000-4000-8000-000000000000";
		for (String decision : java.util.List.of("CONFIRMED", "DISMISSED")) {
			HttpResponse<String> notYours = stranger.postJson("/api/v1/cases/" + own + "/matches",
					"{\"otherCaseId\": \"" + theirs + "\", \"decision\": \"" + decision + "\", \"reason\": \"x\"}");
			HttpResponse<String> notThere = stranger.postJson("/api/v1/cases/" + own + "/matches",
					"{\"otherCaseId\": \"" + unknown + "\", \"decision\": \"" + decision + "\", \"reason\": \"x\"}");
			assertThat(notYours.statusCode()).as(decision).isEqualTo(404);
			assertThat(withoutCorrelation(notYours.body())).isEqualTo(withoutCorrelation(notThere.body()));
		}
		var timeline = HttpTestClient.json(caseworker.get("/api/v1/cases/" + theirs + "/timeline"));
		assertThat(timeline.valueStream().map(e -> e.get("kind").asString()).toList()).doesNotContain("MATCH_CONFIRMED");
		// Nothing hid the pair from the other team either.
		assertThat(HttpTestClient.json(caseworker.get("/api/v1/cases/" + theirs + "/possible-matches"))
			.valueStream()
			.map(m -> m.get("otherCaseId").asString())
			.toList()).contains(own);
		var ownCase = HttpTestClient.json(stranger.get("/api/v1/cases/" + own + "/possible-matches"));
		assertThat(ownCase.valueStream().filter(m -> !m.get("decision").isNull()).toList()).isEmpty();
	}

	@Test
	void aDisclosedCaseCannotBeLinkedByTheJudgeNorByAnyoneOffItsTeam() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, "Synthetic Matching Court");
		String disclosed = register(caseworker, """
				{"givenName": "Arben", "familyName": "Krasniqi", "sex": "M", "birthYear": 2010, "nationalityClaimed": "XK"}""");
		HttpTestClient supervisor = client().withToken("supervisor.se", PASSWORD);
		assertThat(supervisor.postJson("/api/v1/cases/" + disclosed + "/team",
				"{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}").statusCode()).isEqualTo(204);
		assertThat(supervisor.postJson("/api/v1/cases/" + disclosed + "/disclosures",
				"{\"organisationId\": \"" + court + "\", \"reason\": \"Synthetic hearing\"}").statusCode())
			.isEqualTo(204);
		HttpTestClient judge = ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, court, Role.JUDGE), true);
		assertThat(judge.get("/api/v1/cases/" + disclosed).statusCode()).isEqualTo(200);
		var otherOrganisation = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES,
				"Synthetic Second Matching Social Services");
		HttpTestClient otherSupervisor = ApiUsers.signedIn(client(), client(),
				ApiUsers.create(accounts, otherOrganisation, Role.SUPERVISOR), false);
		// The supervisor registers the child and so owns the case: they may change their own case, not the other.
		String own = register(otherSupervisor, """
				{"givenName": "Arben", "familyName": "Krasniqi", "sex": "M", "birthYear": 2010, "nationalityClaimed": "XK"}""");
		assertThat(otherSupervisor.postJson("/api/v1/cases/" + own + "/matches",
				"{\"otherCaseId\": \"" + disclosed + "\", \"decision\": \"CONFIRMED\", \"reason\": \"x\"}")
			.statusCode()).isEqualTo(404);
		// The judge reads the case but changes nothing, links included.
		assertThat(judge.postJson("/api/v1/cases/" + disclosed + "/matches",
				"{\"otherCaseId\": \"" + own + "\", \"decision\": \"CONFIRMED\", \"reason\": \"x\"}")
			.statusCode()).isEqualTo(403);
		var timeline = HttpTestClient.json(caseworker.get("/api/v1/cases/" + disclosed + "/timeline"));
		assertThat(timeline.valueStream().map(e -> e.get("kind").asString()).toList()).doesNotContain("MATCH_CONFIRMED");
	}

	@Test
	void lookupsArePerUserAndHourAndRefusedPastTheCapWithProblemJson() {
		var organisation = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES,
				"Synthetic Lookup Municipality Social Services");
		HttpTestClient prober = ApiUsers.signedIn(client(), client(),
				ApiUsers.create(accounts, organisation, Role.CASEWORKER), false);
		String own = register(prober, """
				{"givenName": "Ilir", "familyName": "Berisha", "sex": "M", "birthYear": 2012, "nationalityClaimed": "AL"}""");
		int answered = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i < 70; i++) {
			last = prober.get("/api/v1/cases/" + own + "/possible-matches");
			if (last.statusCode() != 200) {
				break;
			}
			answered++;
		}
		assertThat(answered).isEqualTo(60);
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(HttpTestClient.json(last).get("code").asString()).isEqualTo("too-many-requests");
		// Another user is not held back by the prober.
		assertThat(client().withToken("caseworker.se", PASSWORD)
			.get("/api/v1/cases/" + register(client().withToken("caseworker.se", PASSWORD), """
					{"givenName": "Ilir", "familyName": "Berisha", "sex": "M", "birthYear": 2012, "nationalityClaimed": "AL"}""")
					+ "/possible-matches")
			.statusCode()).isEqualTo(200);
	}

	private static String withoutCorrelation(String body) {
		return body.replaceAll("\"correlationId\"\\s*:\\s*\"[^\"]*\"", "");
	}

}
