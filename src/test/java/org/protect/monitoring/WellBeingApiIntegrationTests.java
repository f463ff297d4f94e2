package org.protect.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The well-being API on a running node: recording the current situation and the options and comparing them,
 * validation as problem JSON naming each field, follow-up assessments along the case's schedule, corrections
 * and voiding, who may do what (the team records, a judge the case is disclosed to reads, anyone else gets
 * 404), and the audit entry of every read and change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class WellBeingApiIntegrationTests extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, HttpTestClient> readers = new LinkedHashMap<>();

	private String caseId;

	@BeforeAll
	void setUp() {
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, null);
		var other = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES,
				"Synthetic Other Municipality Social Services");
		for (String demo : List.of("caseworker.se", "supervisor.se", "guardian.se", "border.se", "analyst.se")) {
			readers.put(demo, client().withToken(demo, PASSWORD));
		}
		readers.put("judge", ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, court, Role.JUDGE), true));
		readers.put("otherCaseworker",
				ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, other, Role.CASEWORKER), false));
		// A caseworker of the case's own organisation who is not on its team: the case exists for them, its content does not.
		var own = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES, null);
		readers.put("colleague", ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, own, Role.CASEWORKER), false));

		caseId = register(caseworker());
		assertThat(readers.get("supervisor.se").postJson(cases("/team"),
				"{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}").statusCode()).isEqualTo(204);
		assertThat(readers.get("supervisor.se").postJson(cases("/team"),
				"{\"username\": \"guardian.se\", \"part\": \"GUARDIAN\"}").statusCode()).isEqualTo(204);
		assertThat(readers.get("supervisor.se").postJson(cases("/disclosures"),
				"{\"organisationId\": \"" + court + "\", \"reason\": \"Synthetic hearing on the return\"}").statusCode())
			.isEqualTo(204);
	}

	private HttpTestClient caseworker() {
		return readers.get("caseworker.se");
	}

	private static String register(HttpTestClient client) {
		HttpResponse<String> response = client.postJson("/api/v1/cases", """
				{"givenName": "Arta", "familyName": "Wellbeingtest", "sex": "F", "birthYear": 2013, "nationalityClaimed": "AL"}""");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return HttpTestClient.json(response).get("id").asString();
	}

	private String cases(String rest) {
		return "/api/v1/cases/" + caseId + rest;
	}

	private String wellBeing(String rest) {
		return cases("/well-being" + rest);
	}

	/** A complete assessment body: every condition rated {@code level}, with the child's view on three. */
	public static String body(String situation, String optionName, String country, String level, String extra) {
		StringBuilder ratings = new StringBuilder();
		for (Condition condition : Condition.values()) {
			ratings.append(ratings.isEmpty() ? "" : ",\n")
				.append("\"").append(condition.name()).append("\": {\"level\": \"").append(level)
				.append("\", \"justification\": \"Synthetic reason for ").append(condition.name())
				.append("\", \"sources\": \"Synthetic home visit\"")
				.append(condition == Condition.AFFECTIVE_ATMOSPHERE ? ", \"childLevel\": \"5\"" : "")
				.append("}");
		}
		return """
				{"situation": "%s", %s "country": %s, "assessedOn": "%s", "assessedBy": "Synthetic caseworker",
				 "childViews": "I want to go to school.", "ratings": {%s} %s}"""
			.formatted(situation, optionName == null ? "" : "\"optionName\": \"" + optionName + "\",",
					country == null ? "null" : "\"" + country + "\"", TODAY, ratings, extra == null ? "" : ", " + extra);
	}

	private String record(HttpTestClient client, String body) {
		HttpResponse<String> response = client.postJson(wellBeing("/assessments"), body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String id = HttpTestClient.json(response).get("id").asString();
		assertThat(HttpTestClient.location(response)).endsWith("/well-being/assessments/" + id);
		return id;
	}

	@Test
	void theCurrentSituationAndTwoOptionsAreComparedSideBySide() {
		String current = record(caseworker(), body("CURRENT", null, null, "3", null));
		String home = record(caseworker(), body("OPTION", "Return to the mother in Shkodër", "AL", "4", null));
		String foster = record(readers.get("supervisor.se"), body("OPTION", "Foster family here", "SE", "UNKNOWN", null));

		JsonNode assessment = HttpTestClient.json(caseworker().get(wellBeing("/assessments/" + current)));
		assertThat(assessment.get("country").asString()).isEqualTo("SE");
		assertThat(assessment.get("ratings")).hasSize(14);
		JsonNode affective = assessment.get("ratings").get(Condition.AFFECTIVE_ATMOSPHERE.ordinal());
		assertThat(affective.get("condition").asString()).isEqualTo("AFFECTIVE_ATMOSPHERE");
		assertThat(affective.get("level").asString()).isEqualTo("3");
		assertThat(affective.get("score").asInt()).isEqualTo(3);
		assertThat(affective.get("childLevel").asString()).isEqualTo("5");
		assertThat(affective.get("justification").asString()).isEqualTo("Synthetic reason for AFFECTIVE_ATMOSPHERE");
		assertThat(assessment.get("childViews").asString()).isEqualTo("I want to go to school.");
		// The demo node's standards of its own country are shown beside the ratings, marked as demo text.
		assertThat(assessment.get("referenceStandards").get("EDUCATION").get("status").asString()).isEqualTo("DEMO");

		JsonNode comparison = HttpTestClient.json(caseworker().get(wellBeing("/comparison")));
		List<String> ids = new ArrayList<>();
		comparison.get("situations").forEach(s -> ids.add(s.get("id").asString()));
		assertThat(ids).containsExactly(current, home, foster);
		assertThat(comparison.get("situations").get(2).get("ratings").get(0).get("score").isNull()).isTrue();

		HttpResponse<String> svg = caseworker().get(wellBeing("/comparison.svg"));
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
		assertThat(svg.body()).startsWith("<svg").contains("role=\"img\"", "Return to the mother in Shkodër");
		assertThat(svg.body().split("class=\"bar").length - 1).isEqualTo(14 * 3);
		HttpResponse<String> profile = caseworker().get(wellBeing("/assessments/" + home + "/chart.svg"));
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body().split("class=\"bar\"").length - 1).isEqualTo(14);
	}

	@Test
	void anIncompleteAssessmentIsRefusedWithEveryFieldNamed() {
		String body = """
				{"situation": "OPTION", "country": "ZZ", "assessedOn": "%s", "assessedBy": "",
				 "ratings": {"EDUCATION": {"level": "9", "justification": ""}, "HAPPINESS": {"level": "3"},
				             "RESPECT": {"level": "4", "justification": "Heard", "childLevel": "11"}}}"""
			.formatted(TODAY.plusDays(3));
		HttpResponse<String> refused = caseworker().postJson(wellBeing("/assessments"), body);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = HttpTestClient.json(refused);
		assertThat(problem.get("code").asString()).isEqualTo("validation-failed");
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("optionName", "country", "assessedOn", "assessedBy", "childViews",
				"ratings.HAPPINESS", "ratings.EDUCATION.level", "ratings.EDUCATION.justification",
				"ratings.EDUCATION.sources", "ratings.RESPECT.sources", "ratings.RESPECT.childLevel",
				"ratings.ADEQUATE_PHYSICAL_CARE.level", "ratings.STABILITY_IN_LIFE_CIRCUMSTANCES.justification");
		assertThat(fields).doesNotContain("ratings.RESPECT.level", "ratings.RESPECT.justification");
		problem.get("errors").forEach(error -> assertThat(error.get("message").asString()).isNotBlank());

		HttpResponse<String> unreadable = caseworker().postJson(wellBeing("/assessments"),
				body("CURRENT", null, null, "3", null).replace("\"assessedOn\": \"" + TODAY + "\"", "\"assessedOn\": \"soon\""));
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(HttpTestClient.json(unreadable).get("errors").get(0).get("field").asString()).isEqualTo("assessedOn");

		HttpResponse<String> malformed = caseworker().postJson(wellBeing("/assessments"), "{\"situation\": ");
		assertThat(malformed.statusCode()).isEqualTo(400);
	}

	@Test
	void aFollowUpAssessmentBelongsToAFollowUpOfTheScheduleAndMarksItDone() {
		String caseOfReturn = register(caseworker());
		String base = "/api/v1/cases/" + caseOfReturn + "/well-being";
		HttpResponse<String> withoutSchedule = caseworker().postJson(base + "/assessments",
				body("FOLLOW_UP", null, "AL", "3", "\"followUpDueOn\": \"" + TODAY + "\""));
		assertThat(withoutSchedule.statusCode()).isEqualTo(400);
		assertThat(withoutSchedule.body()).contains("followUpDueOn");

		// Returned 40 days ago: the one-month follow-up is ten days overdue.
		LocalDate returned = TODAY.minusDays(40);
		HttpResponse<String> scheduled = caseworker().postJson(base + "/follow-up-schedule", "{\"from\": \"" + returned + "\"}");
		assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
		JsonNode followUps = HttpTestClient.json(scheduled);
		assertThat(followUps).hasSize(4);
		LocalDate first = returned.plusMonths(1);
		assertThat(followUps.get(0).get("dueOn").asString()).isEqualTo(first.toString());
		assertThat(followUps.get(0).get("overdue").asBoolean()).isTrue();
		assertThat(followUps.get(3).get("dueOn").asString()).isEqualTo(returned.plusMonths(12).toString());
		assertThat(caseworker().postJson(base + "/follow-up-schedule", "{\"from\": \"" + returned + "\"}").statusCode())
			.isEqualTo(409);
		assertThat(alerts(caseOfReturn)).contains("FOLLOW_UP_OVERDUE");

		HttpResponse<String> notScheduled = caseworker().postJson(base + "/assessments",
				body("FOLLOW_UP", null, "AL", "3", "\"followUpDueOn\": \"" + first.plusDays(1) + "\""));
		assertThat(notScheduled.statusCode()).isEqualTo(400);

		String before = HttpTestClient.json(caseworker().postJson(base + "/assessments",
				body("CURRENT", null, null, "2", null).replace("\"assessedOn\": \"" + TODAY, "\"assessedOn\": \"" + returned.minusDays(5))))
			.get("id").asString();
		HttpResponse<String> followUp = caseworker().postJson(base + "/assessments", body("FOLLOW_UP", null, "AL", "4",
				"\"followUpDueOn\": \"" + first + "\", \"source\": \"PARTNER\", \"sourceReference\": \"Synthetic follow-up report answer\""));
		assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(201);
		String followUpId = HttpTestClient.json(followUp).get("id").asString();

		JsonNode schedule = HttpTestClient.json(caseworker().get("/api/v1/cases/" + caseOfReturn + "/follow-ups"));
		assertThat(schedule.get("followUps").get(0).get("doneOn").asString()).isEqualTo(TODAY.toString());
		assertThat(alerts(caseOfReturn)).doesNotContain("FOLLOW_UP_OVERDUE");
		JsonNode overview = HttpTestClient.json(caseworker().get(base));
		assertThat(overview.get("followUps").get(0).get("assessmentId").asString()).isEqualTo(followUpId);
		assertThat(overview.get("followUps").get(1).get("assessmentId").isNull()).isTrue();

		JsonNode trend = HttpTestClient.json(caseworker().get(base + "/trend"));
		assertThat(trend.get("points")).hasSize(2);
		assertThat(trend.get("points").get(0).get("id").asString()).isEqualTo(before);
		assertThat(trend.get("points").get(1).get("source").asString()).isEqualTo("PARTNER");
		HttpResponse<String> svg = caseworker().get(base + "/trend.svg");
		assertThat(svg.body().split("class=\"trend-line\"").length - 1).isEqualTo(14);
	}

	private List<String> alerts(String id) {
		List<String> alerts = new ArrayList<>();
		HttpTestClient.json(caseworker().get("/api/v1/cases/" + id)).get("alerts").forEach(a -> alerts.add(a.asString()));
		return alerts;
	}

	@Test
	void aCorrectionReplacesAnAssessmentOnceAndAVoidedOneLeavesTheComparison() {
		String caseOfCorrections = register(caseworker());
		String base = "/api/v1/cases/" + caseOfCorrections + "/well-being";
		String first = HttpTestClient.json(caseworker().postJson(base + "/assessments", body("CURRENT", null, null, "2", null)))
			.get("id").asString();

		HttpResponse<String> withoutReason = caseworker().postJson(base + "/assessments/" + first + "/corrections",
				body("CURRENT", null, null, "3", null));
		assertThat(withoutReason.statusCode()).isEqualTo(400);
		assertThat(withoutReason.body()).contains("correctionReason");

		HttpResponse<String> corrected = caseworker().postJson(base + "/assessments/" + first + "/corrections",
				body("CURRENT", null, null, "3", "\"correctionReason\": \"Ratings typed one level too low\""));
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
		String second = HttpTestClient.json(corrected).get("id").asString();
		assertThat(HttpTestClient.json(corrected).get("corrects").asString()).isEqualTo(first);
		assertThat(HttpTestClient.json(caseworker().get(base + "/assessments/" + first)).get("correctedBy").asString())
			.isEqualTo(second);

		// Someone who still had the first version open: refused, so that the correction made meanwhile is not lost.
		HttpResponse<String> stale = caseworker().postJson(base + "/assessments/" + first + "/corrections",
				body("CURRENT", null, null, "5", "\"correctionReason\": \"Another view\""));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(HttpTestClient.json(stale).get("detail").asString()).contains("already been corrected");

		assertThat(HttpTestClient.json(caseworker().get(base + "/comparison")).get("situations").get(0).get("id").asString())
			.isEqualTo(second);
		assertThat(caseworker().postJson(base + "/assessments/" + second + "/voiding", "{\"reason\": \" \"}").statusCode())
			.isEqualTo(400);
		assertThat(caseworker().postJson(base + "/assessments/" + second + "/voiding",
				"{\"reason\": \"Recorded on the wrong child's case\"}").statusCode()).isEqualTo(204);
		assertThat(caseworker().postJson(base + "/assessments/" + second + "/voiding", "{\"reason\": \"Again\"}").statusCode())
			.isEqualTo(409);
		assertThat(HttpTestClient.json(caseworker().get(base + "/comparison")).get("situations")).isEmpty();
		JsonNode list = HttpTestClient.json(caseworker().get(base + "/assessments"));
		assertThat(list).hasSize(2);
		list.forEach(summary -> assertThat(summary.get("effective").asBoolean()).isFalse());
		assertThat(caseworker().get(base + "/assessments/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	/** The endpoints, each called so that an authorised caller gets a distinct answer. */
	private Map<String, BiFunction<HttpTestClient, String, HttpResponse<String>>> endpoints(String assessment) {
		Map<String, BiFunction<HttpTestClient, String, HttpResponse<String>>> calls = new LinkedHashMap<>();
		calls.put("overview", (c, base) -> c.get(base));
		calls.put("list", (c, base) -> c.get(base + "/assessments"));
		calls.put("read", (c, base) -> c.get(base + "/assessments/" + assessment));
		calls.put("comparison", (c, base) -> c.get(base + "/comparison"));
		calls.put("trend", (c, base) -> c.get(base + "/trend"));
		calls.put("chart", (c, base) -> c.get(base + "/assessments/" + assessment + "/chart.svg"));
		calls.put("comparisonChart", (c, base) -> c.get(base + "/comparison.svg"));
		calls.put("trendChart", (c, base) -> c.get(base + "/trend.svg"));
		// Invalid bodies: a caller who may record gets 400 and nothing is saved.
		calls.put("record", (c, base) -> c.postJson(base + "/assessments", "{\"situation\": \"CURRENT\"}"));
		calls.put("correct", (c, base) -> c.postJson(base + "/assessments/" + assessment + "/corrections", "{}"));
		calls.put("void", (c, base) -> c.postJson(base + "/assessments/" + assessment + "/voiding", "{}"));
		calls.put("schedule", (c, base) -> c.postJson(base + "/follow-up-schedule", "{}"));
		return calls;
	}

	private static Map<String, Integer> all(int reads, int writes) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		for (String read : List.of("overview", "list", "read", "comparison", "trend", "chart", "comparisonChart",
				"trendChart")) {
			expected.put(read, reads);
		}
		for (String write : List.of("record", "correct", "void", "schedule")) {
			expected.put(write, writes);
		}
		return expected;
	}

	@Test
	void theTeamRecordsAJudgeReadsAndForEveryoneElseTheCaseDoesNotExist() {
		String assessment = record(caseworker(), body("CURRENT", null, null, "4", null));
		Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
		expected.put("caseworker.se", all(200, 400));
		expected.put("supervisor.se", all(200, 400));
		// The guardian is on the team and reads; recording assessments needs the right to edit the case.
		expected.put("guardian.se", all(200, 403));
		expected.put("judge", all(200, 403));
		for (String stranger : List.of("otherCaseworker", "colleague", "border.se", "analyst.se")) {
			expected.put(stranger, all(404, 404));
		}
		List<String> mismatches = new ArrayList<>();
		expected.forEach((reader, calls) -> calls.forEach((call, status) -> {
			HttpResponse<String> response = endpoints(assessment).get(call).apply(readers.get(reader), wellBeing(""));
			if (response.statusCode() != status) {
				mismatches.add(reader + " " + call + ": " + response.statusCode() + " (expected " + status + ") " + response.body());
			}
			else if (status == 404) {
				assertThat(response.body()).as(reader + " " + call).doesNotContain("Wellbeingtest");
			}
		}));
		assertThat(mismatches).isEmpty();
		// An unknown case is as unknown as a case one may not see.
		assertThat(caseworker().get("/api/v1/cases/" + UUID.randomUUID() + "/well-being").statusCode()).isEqualTo(404);
	}

	@Test
	void everyReadAndChangeIsAuditedWithTheCaseId() {
		String assessment = record(caseworker(), body("CURRENT", null, null, "4", null));
		caseworker().get(wellBeing("/comparison"));
		readers.get("judge").get(wellBeing("/assessments/" + assessment));
		readers.get("judge").postJson(wellBeing("/assessments"), body("CURRENT", null, null, "4", null));
		long refusedBefore = refusals();
		readers.get("otherCaseworker").get(wellBeing("/comparison"));
		readers.get("colleague").get(wellBeing("/comparison"));

		assertThat(audited("WELL_BEING_ASSESSMENT_RECORDED", "caseworker.se", "SUCCESS")).isPositive();
		assertThat(audited("WELL_BEING_READ", "caseworker.se", "SUCCESS")).isPositive();
		assertThat(audited("WELL_BEING_READ", null, "SUCCESS")).isGreaterThanOrEqualTo(2);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit.audit_entry
				WHERE record_id = ? AND action = 'WELL_BEING_READ' AND details = ? AND actor NOT IN ('caseworker.se')""")
			.params(caseId, "assessment " + assessment)
			.query(Long.class)
			.single()).as("the judge's read").isEqualTo(1);
		assertThat(audited("WELL_BEING_ACCESS_REFUSED", null, "DENIED")).isPositive();
		// The stranger's attempt and that of a colleague who may know the case exists, but not what it holds.
		assertThat(refusals()).isEqualTo(refusedBefore + 2);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit.audit_entry
				WHERE record_id = ? AND action = 'CASE_ACCESS_REFUSED' AND details LIKE 'well-being%'""")
			.param(caseId)
			.query(Long.class)
			.single()).as("the colleague's attempt, with its purpose").isPositive();
	}

	private long refusals() {
		return jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ? AND action = 'CASE_ACCESS_REFUSED'"
				+ " AND outcome = 'DENIED'")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	private long audited(String action, String actor, String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ? AND record_type = 'child_case'"
				+ " AND action = ? AND outcome = ?" + (actor == null ? "" : " AND actor = ?"))
			.params(actor == null ? List.of(caseId, action, outcome) : List.of(caseId, action, outcome, actor))
			.query(Long.class)
			.single();
	}

	@Test
	void theScaleTheConditionsAndTheReferenceStandardsAreReadable() {
		JsonNode scale = HttpTestClient.json(caseworker().get("/api/v1/well-being/scale"));
		assertThat(scale).hasSize(6);
		assertThat(scale.get(3).get("code").asString()).isEqualTo("4");
		assertThat(scale.get(3).get("name").asString()).isEqualTo("Adequate");
		assertThat(scale.get(5).get("code").asString()).isEqualTo("UNKNOWN");

		HttpResponse<String> swedish = caseworker().send(caseworker().request("/api/v1/well-being/conditions")
			.header("Accept-Language", "sv")
			.GET()
			.build());
		JsonNode conditions = HttpTestClient.json(swedish);
		assertThat(conditions).hasSize(14);
		assertThat(conditions.get(10).get("code").asString()).isEqualTo("EDUCATION");
		assertThat(conditions.get(10).get("name").asString()).isEqualTo("Utbildning");
		assertThat(conditions.get(10).get("domain").asString()).isEqualTo("SOCIETY");

		JsonNode standards = HttpTestClient.json(readers.get("judge").get("/api/v1/well-being/standards"));
		assertThat(standards.get("standards")).hasSize(14);
		standards.get("standards").forEach(s -> assertThat(s.get("status").asString()).isEqualTo("DEMO"));
	}

	@Test
	void supervisorsWriteReferenceStandardsAndAStaleChangeIsRefused() {
		String path = "/api/v1/well-being/standards/LT/EDUCATION";
		String body = "{\"adequate\": \"Synthetic: school from the first month, with Lithuanian lessons.\", \"source\": null, \"verified\": false}";
		assertThat(caseworker().putJson(path, body).statusCode()).isEqualTo(403);
		HttpTestClient supervisor = readers.get("supervisor.se");
		HttpResponse<String> unverifiable = supervisor.putJson(path,
				"{\"adequate\": \"Synthetic\", \"verified\": true}");
		assertThat(unverifiable.statusCode()).isEqualTo(400);
		assertThat(unverifiable.body()).contains("\"field\":\"source\"");

		HttpResponse<String> created = supervisor.send(supervisor.request(path)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		assertThat(created.headers().firstValue("ETag").orElse("")).isEqualTo("\"1\"");
		assertThat(HttpTestClient.json(created).get("status").asString()).isEqualTo("UNVERIFIED");
		HttpResponse<String> stale = supervisor.send(supervisor.request(path)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"0\"")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.build());
		assertThat(stale.statusCode()).isEqualTo(409);
		HttpResponse<String> verified = supervisor.putJson(path,
				"{\"adequate\": \"Synthetic text\", \"source\": \"Synthetic education act, art. 1\", \"verified\": true}");
		assertThat(HttpTestClient.json(verified).get("status").asString()).isEqualTo("VERIFIED");
		assertThat(HttpTestClient.json(verified).get("verifiedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(supervisor.putJson("/api/v1/well-being/standards/LT/HAPPINESS", body).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'WELL_BEING_STANDARD_SAVED' AND details LIKE 'LT EDUCATION%'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theDemoNodeShowsAssessmentsOfSeveralChildrenIncludingFollowUpsAfterAReturn() {
		List<Map<String, Object>> demo = jdbc.sql("""
				SELECT case_id, count(*) AS n, count(*) FILTER (WHERE situation = 'FOLLOW_UP') AS follow_ups,
				  count(*) FILTER (WHERE situation = 'OPTION') AS options
				FROM monitoring.assessment
				WHERE created_at <= (SELECT occurred_at FROM audit.audit_entry WHERE action = 'DEMO_WELL_BEING_CREATED')
				GROUP BY case_id""")
			.query()
			.listOfRows();
		assertThat(demo).hasSizeGreaterThanOrEqualTo(3);
		assertThat(demo).anySatisfy(row -> assertThat(((Number) row.get("follow_ups")).intValue()).isPositive());
		assertThat(demo).filteredOn(row -> ((Number) row.get("options")).intValue() == 2).hasSizeGreaterThanOrEqualTo(2);
		String withFollowUps = demo.stream()
			.filter(row -> ((Number) row.get("follow_ups")).intValue() > 0)
			.findFirst()
			.orElseThrow()
			.get("case_id")
			.toString();
		JsonNode trend = HttpTestClient.json(caseworker().get("/api/v1/cases/" + withFollowUps + "/well-being/trend"));
		assertThat(trend.get("points").size()).isGreaterThanOrEqualTo(2);
	}

}
