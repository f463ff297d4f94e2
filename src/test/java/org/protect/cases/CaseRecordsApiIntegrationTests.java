package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/** The API paths for facts, age assessment, consent, missing reports, referrals, the team and disclosures. */
class CaseRecordsApiIntegrationTests extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now();

	@Autowired
	AccountManagement accounts;

	private HttpTestClient caseworker() {
		return client().withToken("caseworker.se", PASSWORD);
	}

	private static String register(HttpTestClient client, String body) {
		HttpResponse<String> response = client.postJson("/api/v1/cases", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return HttpTestClient.json(response).get("id").asString();
	}

	private static String path(String id, String rest) {
		return "/api/v1/cases/" + id + rest;
	}

	@Test
	void aFactIsAddedWithItsProvenanceAndVoidedWithAReasonButStaysOnFile() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker, """
				{"givenName": "Amina", "familyName": "Haddad", "sex": "F", "birthYear": 2010, "nationalityClaimed": "SY"}""");
		HttpResponse<String> added = caseworker.postJson(path(id, "/identity-facts"), """
				{"kind": "NAME", "givenName": "أمينة", "familyName": "حداد", "source": "Synthetic school record",
				 "statedBy": "Synthetic teacher", "statedOn": "%s"}""".formatted(TODAY.minusDays(2)));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		var fact = HttpTestClient.json(added);
		assertThat(fact.get("value").get("givenNameLatin").asString()).isNotBlank();
		assertThat(fact.get("recordedBy").asString()).isEqualTo("caseworker.se");
		var details = HttpTestClient.json(caseworker.get(path(id, "")));
		assertThat(details.get("child").get("displayName").asString()).contains("أمينة");

		assertThat(caseworker.postJson(path(id, "/identity-facts/" + fact.get("id").asString() + "/void"), "{}")
			.statusCode()).isEqualTo(400);
		assertThat(caseworker.postJson(path(id, "/identity-facts/" + fact.get("id").asString() + "/void"),
				"{\"reason\": \"Synthetic: the school mixed up two pupils\"}").statusCode()).isEqualTo(204);
		var after = HttpTestClient.json(caseworker.get(path(id, "")));
		assertThat(after.get("child").get("displayName").asString()).isEqualTo("Amina Haddad");
		assertThat(after.get("facts").valueStream().filter(f -> f.get("voided").asBoolean()).count()).isEqualTo(1);
	}

	@Test
	void searchFindsByCaseNumberBirthYearAndAlias() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker, """
				{"givenName": "Nguyễn", "familyName": "Thị Lan", "sex": "F", "birthDate": "2011-04-05",
				 "nationalityClaimed": "VN", "aliases": ["Lana Nguen"]}""");
		String number = HttpTestClient.json(caseworker.get(path(id, ""))).get("caseNumber").asString();
		for (String query : List.of(number, "nguyen 2011-04-05", "Nguen", "lan 2011")) {
			var ids = HttpTestClient.json(caseworker.get("/api/v1/cases?q=" + query.replace(" ", "+")))
				.get("cases")
				.valueStream()
				.map(c -> c.get("id").asString())
				.toList();
			assertThat(ids).as(query).contains(id);
		}
		var wrongYear = HttpTestClient.json(caseworker.get("/api/v1/cases?q=Nguyen+2009")).get("cases");
		assertThat(wrongYear.valueStream().map(c -> c.get("id").asString()).toList()).doesNotContain(id);
	}

	@Test
	void aPendingAgeAssessmentPresumesMinorityAndACompletedOneSetsTheRange() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker, """
				{"givenName": "Ahmad", "familyName": "Rahimi", "sex": "M", "birthYear": %d, "nationalityClaimed": "AF"}"""
			.formatted(TODAY.getYear() - 17));
		assertThat(caseworker.putJson(path(id, "/age-assessment"), """
				{"status": "COMPLETED", "doubtReason": "No documents"}""").statusCode()).isEqualTo(400);
		assertThat(caseworker.putJson(path(id, "/age-assessment"), """
				{"status": "PENDING", "doubtReason": "Synthetic: appearance and account differ"}""").statusCode())
			.isEqualTo(200);
		assertThat(HttpTestClient.json(caseworker.get(path(id, ""))).get("child").get("ageAssessmentPending").asBoolean())
			.isTrue();
		assertThat(caseworker.putJson(path(id, "/age-assessment"), """
				{"status": "COMPLETED", "doubtReason": "Synthetic: appearance and account differ",
				 "method": "Holistic multidisciplinary assessment", "assessedBy": "Synthetic panel",
				 "minimumAge": 15, "maximumAge": 17, "assessedOn": "%s", "benefitOfDoubtApplied": true}"""
			.formatted(TODAY)).statusCode()).isEqualTo(200);
		var child = HttpTestClient.json(caseworker.get(path(id, ""))).get("child");
		assertThat(child.get("ageAssessmentPending").asBoolean()).isFalse();
		assertThat(child.get("birthLatest").asString()).isEqualTo(TODAY.minusYears(15).toString());
	}

	@Test
	void consentToAPlacementAbroadCannotBeTypedInAsReceived() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker, """
				{"givenName": "Andrei", "familyName": "Popescu", "sex": "M", "birthYear": 2012, "nationalityClaimed": "RO"}""");
		HttpResponse<String> typed = caseworker.putJson(path(id, "/placement-consent"), """
				{"source": "RECEIVED_THROUGH_COOPERATION", "reference": "SYN-1", "receivedOn": "%s"}""".formatted(TODAY));
		assertThat(typed.statusCode()).isEqualTo(400);
		assertThat(HttpTestClient.json(typed).get("errors").get(0).get("field").asString()).isEqualTo("source");
		assertThat(caseworker.putJson(path(id, "/placement-consent"), """
				{"source": "NOTED_WITHOUT_ANSWER", "reference": "Synthetic phone call", "receivedOn": "%s"}"""
			.formatted(TODAY)).statusCode()).isEqualTo(200);
		assertThat(caseworker.get(path(id, "/unmet-safeguards?to=DETERMINED")).statusCode()).isEqualTo(200);
	}

	@Test
	void aMissingChildIsFlaggedUntilFound() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker, """
				{"givenName": "Youssef", "familyName": "El Amrani", "sex": "M", "birthYear": 2009, "nationalityClaimed": "MA"}""");
		assertThat(caseworker.putJson(path(id, "/missing"), """
				{"missing": true, "reportedOn": "%s", "circumstances": "Synthetic: did not return to the shelter"}"""
			.formatted(TODAY)).statusCode()).isEqualTo(200);
		var missing = HttpTestClient.json(caseworker.get(path(id, "")));
		assertThat(missing.get("child").get("childMissing").asBoolean()).isTrue();
		assertThat(missing.get("alerts").valueStream().map(a -> a.asString()).toList()).contains("CHILD_MISSING");
		assertThat(caseworker.putJson(path(id, "/missing"), """
				{"missing": false, "reportedOn": "%s", "circumstances": "Synthetic", "foundOn": "%s"}"""
			.formatted(TODAY, TODAY)).statusCode()).isEqualTo(200);
		assertThat(HttpTestClient.json(caseworker.get(path(id, ""))).get("child").get("childMissing").asBoolean()).isFalse();
	}

	@Test
	void aReferralMovesFromSentToAcceptedToDoneAndNoFurther() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker, """
				{"givenName": "Arben", "familyName": "Hoxha", "sex": "M", "birthYear": 2010, "nationalityClaimed": "AL"}""");
		var ngo = ApiUsers.organisation(accounts, OrganisationType.NGO, null);
		HttpResponse<String> sent = caseworker.postJson(path(id, "/referrals"), """
				{"organisationId": "%s", "service": "Psychological support", "basis": "CHILD_CONSENT",
				 "basisDetail": "Synthetic: the child and the guardian agreed"}""".formatted(ngo));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		String referral = HttpTestClient.json(sent).get("id").asString();
		assertThat(caseworker.send(patch(caseworker, path(id, "/referrals/" + referral), "{\"status\": \"DONE\"}"))
			.statusCode()).isEqualTo(409);
		assertThat(caseworker.send(patch(caseworker, path(id, "/referrals/" + referral), "{\"status\": \"ACCEPTED\"}"))
			.statusCode()).isEqualTo(200);
		assertThat(caseworker.send(patch(caseworker, path(id, "/referrals/" + referral), "{\"status\": \"DONE\"}"))
			.statusCode()).isEqualTo(200);
		var referrals = HttpTestClient.json(caseworker.get(path(id, ""))).get("referrals");
		assertThat(referrals.get(0).get("status").asString()).isEqualTo("DONE");
	}

	private static java.net.http.HttpRequest patch(HttpTestClient client, String path, String json) {
		return client.request(path)
			.header("Content-Type", "application/json")
			.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	@Test
	void aSupervisorHandsTheCaseToANewOwnerAndEndsAMembership() {
		HttpTestClient caseworker = caseworker();
		HttpTestClient supervisor = client().withToken("supervisor.se", PASSWORD);
		String id = register(caseworker, """
				{"givenName": "Dilnoza", "familyName": "Karimi", "sex": "F", "birthYear": 2013, "nationalityClaimed": "AF"}""");
		assertThat(supervisor.postJson(path(id, "/team"), "{\"username\": \"guardian.se\", \"part\": \"OWNER\"}")
			.statusCode()).isEqualTo(400);
		assertThat(supervisor.postJson(path(id, "/team"), "{\"username\": \"supervisor.se\", \"part\": \"OWNER\"}")
			.statusCode()).isEqualTo(204);
		var team = HttpTestClient.json(supervisor.get(path(id, ""))).get("team");
		assertThat(team.valueStream().filter(m -> m.get("part").asString().equals("OWNER")).map(m -> m.get("username").asString()).toList())
			.containsExactly("supervisor.se");
		// The earlier owner is no longer on the team and so no longer sees the child.
		assertThat(caseworker.get(path(id, "")).statusCode()).isEqualTo(200);
		assertThat(HttpTestClient.json(caseworker.get(path(id, ""))).get("access").asString()).isEqualTo("EXISTENCE");

		String member = team.get(0).get("id").asString();
		assertThat(supervisor.delete(path(id, "/team/" + member)).statusCode()).isEqualTo(204);
		assertThat(HttpTestClient.json(supervisor.get(path(id, ""))).get("team").size()).isZero();
	}

	@Test
	void aDisclosureIsASupervisorsActThatLetsTheCourtReadUntilItIsRevoked() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker, """
				{"givenName": "Olena", "familyName": "Shevchenko", "sex": "F", "birthYear": 2012, "nationalityClaimed": "UA"}""");
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, null);
		String disclosure = "{\"organisationId\": \"" + court + "\", \"reason\": \"Synthetic guardianship hearing\"}";
		// A caseworker on the team may not transfer the child's file to a court.
		assertThat(caseworker.postJson(path(id, "/disclosures"), disclosure).statusCode()).isEqualTo(403);
		HttpTestClient supervisor = client().withToken("supervisor.se", PASSWORD);
		// Nor may a supervisor who is not on the team.
		assertThat(supervisor.postJson(path(id, "/disclosures"), disclosure).statusCode()).isEqualTo(403);
		assertThat(supervisor.postJson(path(id, "/team"), "{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}")
			.statusCode()).isEqualTo(204);
		assertThat(supervisor.postJson(path(id, "/disclosures"), "{\"organisationId\": \"" + court + "\"}").statusCode())
			.isEqualTo(400);
		assertThat(supervisor.postJson(path(id, "/disclosures"), disclosure).statusCode()).isEqualTo(204);
		var disclosures = HttpTestClient.json(caseworker.get(path(id, ""))).get("disclosures");
		assertThat(disclosures.size()).isEqualTo(1);
		assertThat(disclosures.get(0).get("reason").asString()).isEqualTo("Synthetic guardianship hearing");
		String revoke = path(id, "/disclosures/" + disclosures.get(0).get("id").asString());
		assertThat(caseworker.delete(revoke).statusCode()).isEqualTo(403);
		assertThat(supervisor.delete(revoke).statusCode()).isEqualTo(204);
		assertThat(HttpTestClient.json(caseworker.get(path(id, ""))).get("disclosures").size()).isZero();
		var kinds = HttpTestClient.json(caseworker.get(path(id, "/timeline"))).valueStream()
			.map(e -> e.get("kind").asString()).toList();
		assertThat(kinds).contains("DISCLOSED", "DISCLOSURE_REVOKED");
	}

}
