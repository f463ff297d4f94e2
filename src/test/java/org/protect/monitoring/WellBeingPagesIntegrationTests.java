package org.protect.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The well-being pages over HTTP, as a browser without JavaScript gets them: the case page's section, the
 * list as an htmx fragment and as a page, the form with its problems beside the fields, an assessment with its
 * chart, the comparison and the trend; the reference standards for a supervisor; and who sees which.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WellBeingPagesIntegrationTests extends IntegrationTest {

	@Autowired
	AccountManagement accounts;

	private HttpTestClient caseworker;

	private String caseId;

	@BeforeAll
	void setUp() {
		HttpTestClient api = client().withToken("caseworker.se", PASSWORD);
		HttpResponse<String> registered = api.postJson("/api/v1/cases", """
				{"givenName": "Drita", "familyName": "Pagetest", "sex": "F", "birthYear": 2012, "nationalityClaimed": "XK"}""");
		caseId = HttpTestClient.json(registered).get("id").asString();
		caseworker = client();
		caseworker.signIn("caseworker.se", PASSWORD);
	}

	private String page(String rest) {
		return "/monitoring/cases/" + caseId + rest;
	}

	static Map<String, String> complete(String situation, String level) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("situation", situation);
		form.put("country", "SE");
		form.put("assessedOn", LocalDate.now().toString());
		form.put("assessedBy", "Synthetic caseworker with the guardian");
		form.put("source", "LOCAL");
		for (Condition condition : Condition.values()) {
			form.put("ratings." + condition.name() + ".level", level);
			form.put("ratings." + condition.name() + ".childLevel", "");
			form.put("ratings." + condition.name() + ".justification", "Synthetic reason");
			form.put("ratings." + condition.name() + ".sources", "Synthetic visit");
		}
		form.put("childViews", "I like my school here.");
		return form;
	}

	@Test
	void theCasePageHasAWellBeingSectionThatLoadsTheList() {
		String casePage = caseworker.get("/cases/" + caseId).body();
		assertThat(casePage).contains("id=\"well-being\"", "hx-get=\"/monitoring/cases/" + caseId + "\"");
		HttpResponse<String> fragment = caseworker.send(caseworker.request(page(""))
			.header("HX-Request", "true")
			.GET()
			.build());
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).contains("id=\"well-being-list\"", "Record the current situation")
			.doesNotContain("<html");
		assertThat(caseworker.get(page("")).body()).contains("<html", "Well-being: case");
	}

	@Test
	void aRefusedFormShowsEveryProblemLinkedToItsFieldAndKeepsWhatWasTyped() {
		String form = caseworker.get(page("/assessments/new?situation=OPTION")).body();
		assertThat(form).contains("name=\"ratings.EDUCATION.level\"", "id=\"f-situation-OPTION\"");
		Map<String, String> fields = complete("OPTION", "4");
		fields.remove("ratings.EDUCATION.level");
		fields.put("ratings.RESPECT.justification", "");
		fields.put("optionName", "");
		HttpResponse<String> refused = caseworker.postFormWithToken(page("/assessments"), HttpTestClient.csrf(form), fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("There is a problem", "href=\"#f-ratings-EDUCATION-level-1\"",
				"href=\"#f-ratings-RESPECT-justification\"", "href=\"#f-optionName\"", "Education: choose a rating")
			.contains("value=\"Synthetic caseworker with the guardian\"");
	}

	@Test
	void aRefusedAssessmentNamesTheConditionOfEachProblemInTheSummaryAndInItsFieldset() {
		String form = caseworker.get(page("/assessments/new?situation=CURRENT")).body();
		Map<String, String> fields = complete("CURRENT", "4");
		fields.remove("ratings.EDUCATION.level");
		fields.put("ratings.RESPECT.justification", "");
		fields.put("ratings.SOCIAL_NETWORK.sources", "");
		fields.put("ratings.INTEREST.justification", "x".repeat(2001));
		fields.put("assessedBy", "");
		HttpResponse<String> refused = caseworker.postFormWithToken(page("/assessments"), HttpTestClient.csrf(form), fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		String body = refused.body();
		int start = body.indexOf("class=\"error-summary\"");
		assertThat(start).as("an error summary").isPositive();
		String summary = body.substring(start, body.indexOf("</ul>", start));
		assertThat(summary).contains("href=\"#f-ratings-EDUCATION-level-1\">Education: choose a rating</a>",
				"href=\"#f-ratings-RESPECT-justification\">Respect: write why you gave this rating</a>",
				"href=\"#f-ratings-SOCIAL_NETWORK-sources\">Social network: enter the sources used</a>",
				"Interest: write the justification in at most 2,000 characters",
				"href=\"#f-assessedBy\">Enter who made the assessment</a>")
			.doesNotContain("Enter a value.")
			.contains("autofocus");
		// Each condition's fieldset carries its own problem, in the same words, and is marked as in error.
		String education = body.substring(body.indexOf("id=\"condition-EDUCATION\""),
				body.indexOf("id=\"condition-CONTACT_WITH_PEERS\""));
		assertThat(education).contains("field--error", "Education: choose a rating",
				"aria-describedby=\"f-ratings-EDUCATION-level-error\"");
		String peers = body.substring(body.indexOf("id=\"condition-CONTACT_WITH_PEERS\""),
				body.indexOf("id=\"condition-ADEQUATE_EXAMPLES_IN_SOCIETY\""));
		assertThat(peers).doesNotContain("field--error", "field-error");
	}

	@Test
	void recordingAFollowUpIsOfferedOnlyOnceTheCaseHasASchedule() {
		HttpTestClient api = client().withToken("caseworker.se", PASSWORD);
		String other = HttpTestClient.json(api.postJson("/api/v1/cases", """
				{"givenName": "Arta", "familyName": "Offertest", "sex": "F", "birthYear": 2012, "nationalityClaimed": "AL"}"""))
			.get("id")
			.asString();
		String without = caseworker.get("/monitoring/cases/" + other).body();
		assertThat(without).doesNotContain("Record a follow-up")
			.contains("href=\"/monitoring/cases/" + other + "/trend#follow-ups\">Make a follow-up schedule</a>");
		String form = caseworker.get("/monitoring/cases/" + other + "/assessments/new?situation=CURRENT").body();
		assertThat(form).doesNotContain("id=\"f-situation-FOLLOW_UP\"").contains("Make a follow-up schedule");
		HttpResponse<String> followUpWithout = caseworker
			.get("/monitoring/cases/" + other + "/assessments/new?situation=FOLLOW_UP");
		assertThat(followUpWithout.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(followUpWithout)).endsWith("/monitoring/cases/" + other + "/trend#follow-ups");

		assertThat(api.postJson("/api/v1/cases/" + other + "/well-being/follow-up-schedule",
				"{\"from\": \"" + LocalDate.now().minusDays(10) + "\"}").statusCode()).isEqualTo(201);
		String with = caseworker.get("/monitoring/cases/" + other).body();
		assertThat(with).contains("Record a follow-up").doesNotContain("Make a follow-up schedule");
		assertThat(caseworker.get("/monitoring/cases/" + other + "/assessments/new?situation=FOLLOW_UP").body())
			.contains("id=\"f-situation-FOLLOW_UP\"", "id=\"f-followUpDueOn\"");
	}

	@Test
	void anAssessmentRecordedOnThePageShowsItsProfileAndTheSituationsCompare() {
		String form = caseworker.get(page("/assessments/new?situation=CURRENT")).body();
		HttpResponse<String> recorded = caseworker.postFormWithToken(page("/assessments"), HttpTestClient.csrf(form),
				complete("CURRENT", "3"));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		String location = HttpTestClient.location(recorded);
		assertThat(location).contains(page("/assessments/"));
		String assessment = caseworker.get(location.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(assessment).contains("The assessment is recorded.", "<svg", "role=\"img\"", "id=\"ratings\"",
				"Synthetic reason", "I like my school here.");

		Map<String, String> option = complete("OPTION", "4");
		option.put("optionName", "Return to the grandparents in Prizren");
		option.put("country", "XK");
		caseworker.postFormWithToken(page("/assessments"), HttpTestClient.csrf(form), option);
		String comparison = caseworker.get(page("/comparison")).body();
		assertThat(comparison).contains("id=\"comparison-chart\"", "Return to the grandparents in Prizren",
				"id=\"comparison-table\"");
		String trend = caseworker.get(page("/trend")).body();
		assertThat(trend).contains("id=\"trend-chart\"", "Schedule the follow-ups");
	}

	@Test
	void theDefaultScheduleIsMadeFromTheTrendPage() {
		HttpResponse<String> registered = client().withToken("caseworker.se", PASSWORD).postJson("/api/v1/cases", """
				{"givenName": "Besa", "familyName": "Scheduletest", "sex": "F", "birthYear": 2011, "nationalityClaimed": "AL"}""");
		String other = HttpTestClient.json(registered).get("id").asString();
		String trend = caseworker.get("/monitoring/cases/" + other + "/trend").body();
		HttpResponse<String> scheduled = caseworker.postFormWithToken("/monitoring/cases/" + other + "/follow-ups",
				HttpTestClient.csrf(trend), Map.of("from", LocalDate.now().minusMonths(2).toString()));
		assertThat(scheduled.statusCode()).isEqualTo(302);
		String after = caseworker.get("/monitoring/cases/" + other + "/trend").body();
		assertThat(after).contains("The follow-ups are scheduled.", "id=\"well-being-follow-ups\"", "Overdue",
				"Record the follow-up due " + LocalDate.now().minusMonths(1));
	}

	@Test
	void aJudgeReadsWithoutAnyWayToRecordAndAStrangerFindsNothing() {
		String assessed = HttpTestClient.location(caseworker.postFormWithToken(page("/assessments"),
				HttpTestClient.csrf(caseworker.get(page("/assessments/new")).body()), complete("CURRENT", "4")));
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, null);
		HttpTestClient api = client().withToken("supervisor.se", PASSWORD);
		api.postJson("/api/v1/cases/" + caseId + "/team", "{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}");
		assertThat(api.postJson("/api/v1/cases/" + caseId + "/disclosures",
				"{\"organisationId\": \"" + court + "\", \"reason\": \"Synthetic hearing\"}").statusCode()).isEqualTo(204);
		HttpTestClient judge = client();
		ApiUsers.signedIn(client(), judge, ApiUsers.create(accounts, court, Role.JUDGE), true);
		String list = judge.get(page("")).body();
		assertThat(list).contains("id=\"well-being-assessments\"").doesNotContain("Record the current situation");
		String read = judge.get(assessed.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(read).contains("<svg").doesNotContain("Void this assessment", "Correct this assessment");
		assertThat(judge.get(page("/assessments/new")).statusCode()).isEqualTo(403);

		HttpTestClient stranger = client();
		String username = ApiUsers.create(accounts, ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES,
				"Synthetic Other Municipality Social Services"), Role.CASEWORKER);
		stranger.signIn(username, org.protect.support.TestUsers.PASSWORD);
		assertThat(stranger.get(page("")).statusCode()).isEqualTo(404);
		assertThat(stranger.get(page("/comparison")).statusCode()).isEqualTo(404);
	}

	@Test
	void aSupervisorWritesAReferenceStandardAndACaseworkerMayNot() {
		String list = caseworker.get("/monitoring/standards").body();
		assertThat(list).contains("Reference standards: Sweden", "Demo text, not verified").doesNotContain("Write the standard");
		assertThat(caseworker.get("/monitoring/standards/SE/EDUCATION").statusCode()).isEqualTo(403);

		HttpTestClient supervisor = client();
		supervisor.signIn("supervisor.se", PASSWORD);
		String form = supervisor.get("/monitoring/standards/FI/RESPECT").body();
		assertThat(form).contains("What adequate means: Respect in Finland");
		HttpResponse<String> refused = supervisor.postFormWithToken("/monitoring/standards/FI/RESPECT",
				HttpTestClient.csrf(form), Map.of("adequate", "", "version", "0"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("href=\"#f-adequate\"");
		HttpResponse<String> saved = supervisor.postFormWithToken("/monitoring/standards/FI/RESPECT",
				HttpTestClient.csrf(form), Map.of("adequate", "Synthetic: the child is heard in every decision.",
						"source", "Synthetic child welfare act", "verified", "1", "version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(supervisor.get("/monitoring/standards?country=FI").body())
			.contains("Synthetic: the child is heard in every decision.", "Verified " + LocalDate.now());
		HttpResponse<String> stale = supervisor.postFormWithToken("/monitoring/standards/FI/RESPECT",
				HttpTestClient.csrf(form), Map.of("adequate", "Another text", "version", "0"));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Someone changed this standard meanwhile");
	}

}
