package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.Multipart;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child's case walked through the API from registration to a return with a care plan and a guardianship
 * hand-over, follow-up and closure, with the gates refusing at each step until the safeguards hold.
 */
class CaseLifecycleApiIntegrationTests extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now();

	@Autowired
	JdbcClient jdbc;

	private HttpTestClient caseworker;

	private HttpTestClient supervisor;

	private String open() {
		caseworker = client().withToken("caseworker.se", PASSWORD);
		supervisor = client().withToken("supervisor.se", PASSWORD);
		HttpResponse<String> created = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Мирослава", "familyName": "Бондаренко", "sex": "F", "birthYear": %d,
				 "nationalityClaimed": "UA", "aliases": ["Miroslava Bondarenko"], "language": "uk", "interpreterNeeded": true}"""
			.formatted(TODAY.getYear() - 12));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = HttpTestClient.json(created).get("id").asString();
		assertThat(supervisor.postJson(path(id, "/team"), "{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}")
			.statusCode()).isEqualTo(204);
		return id;
	}

	private static String path(String id, String rest) {
		return "/api/v1/cases/" + id + rest;
	}

	private HttpResponse<String> move(HttpTestClient client, String id, String to) {
		return client.postJson(path(id, "/transitions"), "{\"to\": \"" + to + "\", \"reason\": \"Synthetic test step\"}");
	}

	private static List<String> unmet(HttpResponse<String> refused) {
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		return HttpTestClient.json(refused).get("unmetSafeguards").valueStream().map(n -> n.asString()).toList();
	}

	private void put(String id, String part, String json) {
		HttpResponse<String> response = caseworker.putJson(path(id, "/" + part), json.replace("TODAY", TODAY.toString()));
		assertThat(response.statusCode()).as(part + ": " + response.body()).isEqualTo(200);
	}

	@Test
	void aReturnIsRefusedUntilEverySafeguardHoldsThenCarriedOutFollowedUpAndClosed() {
		String id = open();
		var registered = HttpTestClient.json(caseworker.get(path(id, "")));
		// The team gave her Latin name as an alias: the headline says it, not the transliteration ("Myroslava").
		assertThat(registered.get("child").get("displayName").asString()).isEqualTo("Miroslava Bondarenko (Мирослава Бондаренко)");
		assertThat(registered.get("facts").size()).isEqualTo(6);

		assertThat(unmet(move(caseworker, id, "PROTECTED"))).containsExactly("NO_TRAFFICKING_SCREENING", "NO_GUARDIAN");
		put(id, "screening", """
				{"indicators": {"GENERAL": ["CONTROLLED_BY_ADULT"], "LABOUR": ["NO_OR_LITTLE_PAY"]},
				 "immediateNeeds": "Shelter, interpreter", "referralSource": "Synthetic border guard", "screenedOn": "TODAY"}""");
		put(id, "guardianship", """
				{"guardian": {"name": "Synthetic Guardian", "organisation": "Demo Guardianship Office",
				 "appointedOn": "TODAY", "decisionReference": "GO-SYN-1"}, "independenceConfirmed": true}""");
		assertThat(move(caseworker, id, "PROTECTED").statusCode()).isEqualTo(200);
		assertThat(move(caseworker, id, "VERIFIED").statusCode()).isEqualTo(200);

		assertThat(unmet(move(caseworker, id, "ASSESSED"))).containsExactly("NO_RISK_ASSESSMENT", "NO_CHILD_VIEWS");
		put(id, "risk-assessment", """
				{"conclusion": "FOR_RETURN", "destinationCountry": "UA", "risksFound": "Synthetic: none at the destination",
				 "familyContactRisk": "Low", "assessedOn": "TODAY", "assessedBy": "Synthetic assessor"}""");
		put(id, "best-interests-assessment", """
				{"findings": {"FAMILY_ENVIRONMENT": "Synthetic: an aunt is willing to care"},
				 "childViews": "I want to live with my aunt.", "participants": ["Synthetic child", "Synthetic guardian"],
				 "assessedOn": "TODAY"}""");
		assertThat(move(caseworker, id, "ASSESSED").statusCode()).isEqualTo(200);

		put(id, "best-interests-determination", """
				{"panel": [{"name": "Synthetic Social Worker", "role": "Social worker", "username": "caseworker.se",
				            "noConflictDeclared": true},
				           {"name": "Synthetic Psychologist", "role": "Psychologist", "noConflictDeclared": true}],
				 "options": [{"solution": "INTEGRATION_HERE", "reasonsFor": "School", "reasonsAgainst": "No family here"},
				             {"solution": "RETURN_FAMILY_REUNIFICATION", "reasonsFor": "Aunt", "reasonsAgainst": "Travel"}],
				 "decision": "RETURN_FAMILY_REUNIFICATION", "reasons": "Synthetic reasons", "decidedOn": "TODAY",
				 "reviewOn": "%s"}""".formatted(TODAY.plusMonths(6)));
		assertThat(unmet(move(caseworker, id, "DETERMINED"))).containsExactly("BID_NOT_APPROVED", "NO_FAMILY_ASSESSMENT");
		// A caseworker cannot approve; the supervisor, who was not on the panel, can.
		assertThat(caseworker.postJson(path(id, "/best-interests-determination/approval"), "{}").statusCode())
			.isEqualTo(403);
		assertThat(supervisor.postJson(path(id, "/best-interests-determination/approval"), "{}").statusCode())
			.isEqualTo(200);
		put(id, "family-assessment", """
				{"assessedBy": "Synthetic child protection service, Lviv", "country": "UA", "receivedOn": "TODAY",
				 "findings": "Synthetic: the aunt can care for her"}""");
		assertThat(move(caseworker, id, "DETERMINED").statusCode()).isEqualTo(200);

		assertThat(unmet(move(caseworker, id, "IMPLEMENTED"))).containsExactly("NO_CARE_PLAN",
				"CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY", "NO_RECEIVING_GUARDIAN", "NO_HANDOVER_ARRANGED");
		put(id, "care-plan", """
				{"goals": ["Live safely with her aunt", "Attend school"],
				 "services": [{"description": "School enrolment", "organisation": "Synthetic school", "country": "UA"}],
				 "responsibleHere": "Demo Municipal Social Services (SE)", "receivingAgency": "Synthetic child service",
				 "receivingCountry": "UA", "plannedReturnDate": "%s", "escort": "Synthetic escort",
				 "handoverPlace": "Synthetic airport, to the receiving guardian", "handoverArranged": true,
				 "reviewOn": "%s"}""".formatted(TODAY.plusDays(20), TODAY.plusMonths(3)));
		assertThat(caseworker.postJson(path(id, "/care-plan/acceptance"),
				"{\"acceptedOn\": \"" + TODAY + "\", \"reference\": \"SYN-ACC-1\"}").statusCode()).isEqualTo(200);
		assertThat(unmet(move(caseworker, id, "PLANNED"))).containsExactly("NO_RECEIVING_GUARDIAN");
		put(id, "guardianship", """
				{"guardian": {"name": "Synthetic Guardian", "organisation": "Demo Guardianship Office",
				 "appointedOn": "TODAY", "decisionReference": "GO-SYN-1"}, "independenceConfirmed": true,
				 "receiving": {"nameOrAuthority": "Synthetic receiving guardian", "country": "UA", "acceptedOn": "TODAY",
				 "reference": "SYN-GUARD-1"}}""");
		assertThat(move(caseworker, id, "PLANNED").statusCode()).isEqualTo(200);
		assertThat(move(caseworker, id, "IMPLEMENTED").statusCode()).isEqualTo(200);

		assertThat(unmet(move(caseworker, id, "FOLLOWED_UP"))).containsExactly("NO_FOLLOW_UP_SCHEDULE");
		put(id, "follow-ups", """
				{"followUps": [{"dueOn": "TODAY", "doneOn": "TODAY"}, {"dueOn": "%s"}]}""".formatted(TODAY.plusMonths(3)));
		assertThat(move(caseworker, id, "FOLLOWED_UP").statusCode()).isEqualTo(200);

		// Closing: only a supervisor, only with every follow-up done or waived, and with how the case ended.
		HttpResponse<String> byCaseworker = caseworker.postJson(path(id, "/transitions"), """
				{"to": "CLOSED", "reason": "Done", "closure": {"outcome": "DURABLE_SOLUTION_REACHED", "on": "%s"}}"""
			.formatted(TODAY));
		assertThat(byCaseworker.statusCode()).isEqualTo(409);
		assertThat(HttpTestClient.json(byCaseworker).get("code").asString()).isEqualTo("conflict");
		String close = """
				{"to": "CLOSED", "reason": "Solution confirmed", "closure": {"outcome": "DURABLE_SOLUTION_REACHED", "on": "%s"}}"""
			.formatted(TODAY);
		assertThat(unmet(supervisor.postJson(path(id, "/transitions"), close))).containsExactly("FOLLOW_UPS_OUTSTANDING");
		put(id, "follow-ups", """
				{"followUps": [{"dueOn": "TODAY", "doneOn": "TODAY"},
				               {"dueOn": "%s", "waiverReason": "Synthetic: the family moved; the receiving service confirms"}]}"""
			.formatted(TODAY.plusMonths(3)));
		assertThat(supervisor.postJson(path(id, "/transitions"), close).statusCode()).isEqualTo(200);

		// A closed case is read-only until it is reopened with a reason.
		assertThat(caseworker.postJson(path(id, "/notes"), "{\"body\": \"A synthetic note\"}").statusCode()).isEqualTo(409);
		assertThat(move(supervisor, id, "FOLLOWED_UP").statusCode()).isEqualTo(200);
		assertThat(caseworker.postJson(path(id, "/notes"), "{\"body\": \"A synthetic note\"}").statusCode()).isEqualTo(201);

		var timeline = HttpTestClient.json(caseworker.get(path(id, "/timeline")));
		List<String> kinds = timeline.valueStream().map(e -> e.get("kind").asString()).toList();
		assertThat(kinds).startsWith("REGISTERED").contains("PART_SAVED", "TRANSITION", "REOPENED", "NOTE_ADDED");
		long audited = jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ? AND action = 'CASE_READ'")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(audited).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aPanelMemberCannotApproveTheirOwnDeterminationAndAChangeWithdrawsTheApproval() {
		String id = open();
		String bid = """
				{"panel": [{"name": "Synthetic Supervisor", "role": "Chair", "username": "supervisor.se", "noConflictDeclared": true},
				           {"name": "Synthetic Psychologist", "role": "Psychologist", "noConflictDeclared": true}],
				 "options": [{"solution": "INTEGRATION_HERE", "reasonsFor": "School", "reasonsAgainst": "None"}],
				 "decision": "INTEGRATION_HERE", "reasons": "REASONS", "decidedOn": "TODAY", "reviewOn": "%s"}"""
			.formatted(TODAY.plusMonths(6));
		put(id, "best-interests-determination", bid.replace("REASONS", "First reasons"));
		HttpResponse<String> refused = supervisor.postJson(path(id, "/best-interests-determination/approval"), "{}");
		assertThat(refused.statusCode()).isEqualTo(409);

		String withoutSupervisor = bid.replace("\"username\": \"supervisor.se\", ", "")
			.replace("Synthetic Supervisor", "Synthetic Lawyer");
		put(id, "best-interests-determination", withoutSupervisor.replace("REASONS", "First reasons"));
		assertThat(supervisor.postJson(path(id, "/best-interests-determination/approval"), "{}").statusCode()).isEqualTo(200);
		var approved = HttpTestClient.json(caseworker.get(path(id, "/best-interests-determination")));
		assertThat(approved.get("approval").get("approvedBy").asString()).isEqualTo("supervisor.se");

		put(id, "best-interests-determination", withoutSupervisor.replace("REASONS", "Changed reasons"));
		var changed = HttpTestClient.json(caseworker.get(path(id, "/best-interests-determination")));
		assertThat(changed.get("approval").isNull()).isTrue();
	}

	@Test
	void aStaleVersionIsRefusedSoNobodysChangeIsLost() {
		String id = open();
		String screening = """
				{"referralSource": "Synthetic police", "screenedOn": "%s"}""".formatted(TODAY);
		HttpResponse<String> first = caseworker.send(caseworker.request(path(id, "/screening"))
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(screening))
			.build());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("ETag")).hasValue("\"1\"");
		HttpResponse<String> stale = caseworker.send(caseworker.request(path(id, "/screening"))
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(screening.replace("police", "school")))
			.build());
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(HttpTestClient.json(caseworker.get(path(id, "/screening"))).get("referralSource").asString())
			.isEqualTo("Synthetic police");
	}

	@Test
	void noOneOverridesARiskAgainstReturnAndOnlyASupervisorOverridesTheAgeFlag() {
		String id = open();
		HttpResponse<String> caseworkerOverride = caseworker.postJson(path(id, "/transitions"), """
				{"to": "PROTECTED", "reason": "Try", "overrides": [{"safeguard": "TURNS_18_BEFORE_RETURN", "reason": "x"}]}""");
		assertThat(caseworkerOverride.statusCode()).isEqualTo(403);
		HttpResponse<String> never = supervisor.postJson(path(id, "/transitions"), """
				{"to": "PROTECTED", "reason": "Try", "overrides": [{"safeguard": "RISK_AGAINST_RETURN", "reason": "x"}]}""");
		assertThat(never.statusCode()).isEqualTo(403);
		assertThat(HttpTestClient.json(never).get("safeguards").get(0).asString()).isEqualTo("RISK_AGAINST_RETURN");
		assertThat(HttpTestClient.json(caseworker.get(path(id, ""))).get("stage").asString()).isEqualTo("IDENTIFIED");
	}

	@Test
	void documentsAreCheckedStoredEncryptedAndEveryDownloadAudited() {
		String id = open();
		byte[] pdf = "%PDF-1.4\n% synthetic test document\n".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> fake = Multipart.upload(caseworker, path(id, "/documents"), "file", "report.pdf",
				"application/pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
		assertThat(fake.statusCode()).isEqualTo(400);
		assertThat(HttpTestClient.json(fake).get("errors").get(0).get("field").asString()).isEqualTo("file");

		HttpResponse<String> uploaded = Multipart.upload(caseworker, path(id, "/documents"), "file", "report.pdf",
				"application/pdf", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String documentId = HttpTestClient.json(uploaded).get("id").asString();
		byte[] stored = jdbc.sql("SELECT content FROM cases.case_document WHERE id = ?::uuid")
			.param(documentId)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("synthetic test document");

		HttpResponse<String> download = caseworker.get(path(id, "/documents/" + documentId));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).contains("synthetic test document");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).startsWith("attachment"));
		long audited = jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ? AND action = 'CASE_DOCUMENT_DOWNLOADED'")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(1);
	}

}
