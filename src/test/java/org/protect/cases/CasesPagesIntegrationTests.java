package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/**
 * The case pages over HTTP, signed in through the form as each role: what each may see, and forms that
 * refuse without saving anything.
 */
class CasesPagesIntegrationTests extends IntegrationTest {

	private HttpTestClient as(String username) {
		HttpTestClient client = client();
		var response = client.signIn(username, PASSWORD);
		assertThat(response.statusCode()).isEqualTo(302);
		return client;
	}

	private String register(HttpTestClient client, String givenName, String familyName) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("givenName", givenName);
		form.put("familyName", familyName);
		form.put("sex", "F");
		form.put("birthYear", "2012");
		form.put("nationalityClaimed", "AL");
		form.put("language", "sq");
		form.put("interpreterNeeded", "1");
		var response = client.postForm("/cases/new", "/cases/new", form);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = HttpTestClient.location(response);
		assertThat(location).matches(".*/cases/[0-9a-f-]{36}$");
		return location.substring(location.indexOf("/cases/"));
	}

	@Test
	void aCaseworkerSeesTheListAndMayRegisterAChild() {
		var page = as("caseworker.se").get("/cases");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Register a child").contains("href=\"/cases/new\"");
	}

	@Test
	void aGuardianSeesTheListButMayNotRegister() {
		var page = as("guardian.se").get("/cases");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("Register a child");
	}

	@Test
	void anInvalidRegistrationShowsEachProblemBesideItsFieldAndSavesNothing() {
		HttpTestClient client = as("caseworker.se");
		var response = client.postForm("/cases/new", "/cases/new",
				Map.of("givenName", "Invalidia", "birthYear", "2012", "sex", "F"));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("There is a problem")
			.contains("href=\"#register-familyName\"")
			.contains("id=\"register-familyName\"")
			.contains("href=\"#register-nationalityClaimed\"")
			.contains("value=\"Invalidia\"");
		var unreadable = client.postForm("/cases/new", "/cases/new",
				Map.of("givenName", "Invalidia", "familyName", "Test", "birthYear", "not a year"));
		assertThat(unreadable.statusCode()).isEqualTo(422);
		assertThat(unreadable.body()).contains("Enter a whole number.").contains("href=\"#register-birthYear\"");
		assertThat(client.get("/cases?q=Invalidia").body()).contains("Cases found: 0");
	}

	@Test
	void aRegisteredChildHasACasePageThatTheTeamSeesAndOthersDoNot() {
		HttpTestClient caseworker = as("caseworker.se");
		String path = register(caseworker, "Arta", "Pagetest");
		var page = caseworker.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Arta Pagetest")
			.contains("Move the case")
			.contains("id=\"screening\"")
			.contains("id=\"guardianship\"")
			.contains("href=\"#guardianship\"");
		assertThat(as("guardian.se").get(path).statusCode()).isEqualTo(404);
		var risk = client().withToken("caseworker.se", PASSWORD).putJson("/api/v1" + path + "/risk-assessment", """
				{"conclusion": "NOT_APPLICABLE", "risksFound": "Synthetic risks for the summary",
				 "disclosureEndangers": false, "assessedOn": "%s", "assessedBy": "Synthetic assessor"}"""
			.formatted(java.time.LocalDate.now()));
		assertThat(risk.statusCode()).as(risk.body()).isEqualTo(200);
		var summary = caseworker.get(path + "/summary");
		assertThat(summary.statusCode()).isEqualTo(200);
		// The parts on record are on paper too.
		assertThat(summary.body()).contains("Case summary").contains("Arta Pagetest").contains("/css/cases.css")
			.contains("Synthetic risks for the summary");
	}

	@Test
	void anInvalidPartShowsItsProblemsAndSavesNothing() {
		HttpTestClient caseworker = as("caseworker.se");
		String path = register(caseworker, "Besa", "Parttest");
		var response = caseworker.postForm(path, path + "/parts/guardianship",
				Map.of("version", "0", "guardian.name", "Ola Guardian", "guardian.appointedOn", "someday"));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("Enter a date as yyyy-mm-dd.")
			.contains("href=\"#guardianship-guardian.appointedOn\"")
			.contains("value=\"Ola Guardian\"");
		assertThat(caseworker.get(path).body()).contains("Nothing recorded yet.").doesNotContain("value=\"Ola Guardian\"");

		var saved = caseworker.postForm(path, path + "/parts/guardianship",
				Map.of("version", "0", "guardian.name", "Ola Guardian", "guardian.organisation", "Guardianship office",
						"guardian.appointedOn", "2026-01-05", "guardian.decisionReference", "GO-1",
						"independenceConfirmed", "1"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(saved)).endsWith(path + "#guardianship");
		var stale = caseworker.postForm(path, path + "/parts/guardianship",
				Map.of("version", "0", "guardian.name", "Someone Else", "guardian.organisation", "Office",
						"guardian.appointedOn", "2026-01-05", "guardian.decisionReference", "GO-2"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone changed this part meanwhile");
	}

	@Test
	void aRefusedMoveListsEveryUnmetSafeguardWithWhereToFixIt() {
		HttpTestClient caseworker = as("caseworker.se");
		String path = register(caseworker, "Dritan", "Gatetest");
		HttpResponse<String> refused = caseworker.postForm(path, path + "/transitions",
				Map.of("to", "PLANNED", "reason", "Too early"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("The case was not moved to Planned")
			.contains("href=\"#screening\"")
			.contains("href=\"#guardianship\"")
			.contains("href=\"#care-plan\"")
			.contains("Screen the child for trafficking and exploitation first.");
		assertThat(caseworker.get(path).body()).contains("<span class=\"tag\">Identified</span>");
	}

	@Test
	void aBorderOfficerSeesTheRegistrationAndStageOnly() {
		HttpTestClient border = as("border.se");
		String path = register(border, "Edona", "Bordertest");
		var page = border.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Edona Bordertest").contains("Identity facts")
			.doesNotContain("id=\"screening\"")
			.doesNotContain("Move the case")
			.doesNotContain("Record the fact");
	}

	@Test
	void theHomePageLoadsTheCasesNeedingAttention() {
		HttpTestClient caseworker = as("caseworker.se");
		assertThat(caseworker.get("/").body()).contains("hx-get=\"/cases/attention\"").contains("href=\"/cases\"");
		var fragment = caseworker.send(caseworker.request("/cases/attention").header("HX-Request", "true").GET().build());
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("id=\"case-attention\"").doesNotContain("<html");
	}

}
