package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.Multipart;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every endpoint of the cases API × every role × (a case of the reader's organisation, a case of
 * another organisation, a case a border officer registered) and checks the answer: access follows the role
 * <i>and</i> the part in the case, and a case the reader may not know of is 404, never 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesAuthorisationMatrixIntegrationTests extends IntegrationTest {

	private static final String TODAY = LocalDate.now().toString();

	@Autowired
	AccountManagement accounts;

	private final Map<String, HttpTestClient> readers = new LinkedHashMap<>();

	private String ownCase;

	private String otherCase;

	private String borderCase;

	private String ownDocument;

	@BeforeAll
	void setUp() {
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, null);
		var other = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES,
				"Synthetic Other Municipality Social Services");
		for (String demo : List.of("caseworker.se", "supervisor.se", "guardian.se", "border.se", "ngo.se", "analyst.se",
				"editor.se", "admin")) {
			readers.put(demo, client().withToken(demo, PASSWORD));
		}
		readers.put("judge", ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, court, Role.JUDGE), true));
		readers.put("otherJudge", ApiUsers.signedIn(client(), client(),
				ApiUsers.create(accounts, ApiUsers.organisation(accounts, OrganisationType.COURT, "Synthetic Other Court"),
						Role.JUDGE),
				true));
		readers.put("otherCaseworker",
				ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, other, Role.CASEWORKER), false));
		readers.put("otherSupervisor",
				ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, other, Role.SUPERVISOR), false));

		ownCase = register(readers.get("caseworker.se"));
		assertThat(readers.get("supervisor.se").postJson(path(ownCase, "/team"),
				"{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}").statusCode()).isEqualTo(204);
		assertThat(readers.get("supervisor.se").postJson(path(ownCase, "/team"),
				"{\"username\": \"guardian.se\", \"part\": \"GUARDIAN\"}").statusCode()).isEqualTo(204);
		assertThat(readers.get("caseworker.se").putJson(path(ownCase, "/screening"), screening()).statusCode())
			.isEqualTo(200);
		HttpResponse<String> upload = Multipart.upload(readers.get("caseworker.se"), path(ownCase, "/documents"), "file",
				"synthetic-note.txt", "text/plain", "A synthetic document.".getBytes(StandardCharsets.UTF_8));
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		ownDocument = HttpTestClient.json(upload).get("id").asString();
		assertThat(readers.get("supervisor.se").postJson(path(ownCase, "/disclosures"),
				"{\"organisationId\": \"" + court + "\", \"reason\": \"Synthetic custody hearing\"}").statusCode())
			.isEqualTo(204);

		otherCase = register(readers.get("otherCaseworker"));
		borderCase = register(readers.get("border.se"));
	}

	private static String register(HttpTestClient client) {
		HttpResponse<String> response = client.postJson("/api/v1/cases", """
				{"givenName": "Lira", "familyName": "Synthetica", "sex": "F", "birthYear": 2012, "nationalityClaimed": "XK"}""");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return HttpTestClient.json(response).get("id").asString();
	}

	private static String path(String caseId, String rest) {
		return "/api/v1/cases/" + caseId + rest;
	}

	private static String screening() {
		return """
				{"indicators": {"GENERAL": ["CONTROLLED_BY_ADULT"]}, "referralSource": "Synthetic border guard",
				 "screenedOn": "%s"}""".formatted(TODAY);
	}

	/** The endpoints, each called so that an authorised caller gets a distinct answer and nothing breaks. */
	private Map<String, BiFunction<HttpTestClient, String, HttpResponse<String>>> endpoints() {
		Map<String, BiFunction<HttpTestClient, String, HttpResponse<String>>> calls = new LinkedHashMap<>();
		calls.put("read", (c, id) -> c.get(path(id, "")));
		calls.put("timeline", (c, id) -> c.get(path(id, "/timeline")));
		calls.put("readPart", (c, id) -> c.get(path(id, "/screening")));
		calls.put("unmet", (c, id) -> c.get(path(id, "/unmet-safeguards?to=PLANNED")));
		calls.put("savePart", (c, id) -> c.putJson(path(id, "/screening"), screening()));
		calls.put("childViews", (c, id) -> c.putJson(path(id, "/best-interests-assessment"), """
				{"childViews": "I want to go to school here.", "participants": ["Synthetic guardian"], "assessedOn": "%s"}"""
			.formatted(TODAY)));
		// Gates unmet: an authorised caller is refused with 409 and nothing changes.
		calls.put("transition", (c, id) -> c.postJson(path(id, "/transitions"), "{\"to\": \"IMPLEMENTED\", \"reason\": \"Test\"}"));
		// Invalid bodies: an authorised caller gets 400 and nothing is saved.
		calls.put("addFact", (c, id) -> c.postJson(path(id, "/identity-facts"), "{\"kind\": \"NAME\"}"));
		calls.put("team", (c, id) -> c.postJson(path(id, "/team"), "{\"username\": \"\"}"));
		calls.put("note", (c, id) -> c.postJson(path(id, "/notes"), "{\"body\": \"\"}"));
		calls.put("referral", (c, id) -> c.postJson(path(id, "/referrals"), "{}"));
		calls.put("disclose", (c, id) -> c.postJson(path(id, "/disclosures"), "{}"));
		// No determination yet: a supervisor on the team is told so (409).
		calls.put("approve", (c, id) -> c.postJson(path(id, "/best-interests-determination/approval"), "{}"));
		calls.put("matches", (c, id) -> c.get(path(id, "/possible-matches")));
		// A decision against a case of another organisation, which no reader here may change besides its own.
		calls.put("decideMatch", (c, id) -> c.postJson(path(id, "/matches"), "{\"otherCaseId\": \""
				+ (id.equals(otherCase) ? ownCase : otherCase) + "\", \"decision\": \"CONFIRMED\", \"reason\": \"x\"}"));
		calls.put("download", (c, id) -> c.get(path(id, "/documents/" + (id.equals(ownCase) ? ownDocument
				: "00000000-0000-0000-0000-000000000000"))));
		return calls;
	}

	private static Map<String, Integer> expect(Object... pairs) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			expected.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return expected;
	}

	private static final Map<String, Integer> TEAM_WORKER = expect("read", 200, "timeline", 200, "readPart", 200,
			"unmet", 200, "savePart", 200, "childViews", 200, "transition", 409, "addFact", 400, "team", 403, "note", 400,
			"referral", 400, "disclose", 403, "approve", 403, "matches", 200, "decideMatch", 404, "download", 200);

	private static final Map<String, Integer> READ_ONLY = expect("read", 200, "timeline", 200, "readPart", 200, "unmet",
			200, "savePart", 403, "childViews", 403, "transition", 403, "addFact", 403, "team", 403, "note", 403,
			"referral", 403, "disclose", 403, "approve", 403, "matches", 403, "decideMatch", 403, "download", 200);

	@Test
	void onACaseOfTheirOrganisationEachReaderGetsWhatTheirRoleAndPartAllow() {
		Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
		expected.put("caseworker.se", TEAM_WORKER);
		Map<String, Integer> supervisor = new LinkedHashMap<>(TEAM_WORKER);
		supervisor.put("team", 400);
		supervisor.put("approve", 409);
		// Disclosing the file to a court is a supervisor's act.
		supervisor.put("disclose", 400);
		expected.put("supervisor.se", supervisor);
		Map<String, Integer> guardian = new LinkedHashMap<>(READ_ONLY);
		guardian.put("childViews", 200);
		guardian.put("note", 400);
		expected.put("guardian.se", guardian);
		expected.put("judge", READ_ONLY);
		checkMatrix(ownCase, expected);
	}

	@Test
	void aCaseOfAnotherOrganisationExistsOnlyForItsOwnTeam() {
		Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
		Map<String, Integer> owner = new LinkedHashMap<>(TEAM_WORKER);
		// Nothing screened and no such document on this case: the owner is told so.
		owner.put("readPart", 404);
		owner.put("download", 404);
		expected.put("otherCaseworker", owner);
		// The other organisation's supervisor may know the case exists, and assigns its team.
		expected.put("otherSupervisor", expect("read", 200, "savePart", 403, "childViews", 403, "transition", 403,
				"addFact", 403, "team", 400, "note", 403, "referral", 403, "disclose", 403, "approve", 403, "matches", 403, "decideMatch", 403,
				"download", 403));
		checkMatrix(otherCase, expected);
	}

	@Test
	void aBorderOfficerSeesTheirRegistrationAndASupervisorAssignsIt() {
		Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
		expected.put("border.se", expect("read", 200, "savePart", 403, "childViews", 403, "transition", 403, "addFact",
				403, "team", 403, "note", 403, "referral", 403, "disclose", 403, "approve", 403, "matches", 403,
				"decideMatch", 403, "download", 403));
		// The case belongs to the intake organisation, whose supervisor assigns it and may know it exists.
		expected.put("supervisor.se", expect("read", 200, "savePart", 403, "childViews", 403, "transition", 403,
				"addFact", 403, "team", 400, "note", 403, "referral", 403, "disclose", 403, "approve", 403, "matches", 403, "decideMatch", 403,
				"download", 403));
		expected.put("caseworker.se", expect("read", 200, "savePart", 403, "childViews", 403, "transition", 403,
				"addFact", 403, "team", 403, "note", 403, "referral", 403, "disclose", 403, "approve", 403, "matches", 403, "decideMatch", 403,
				"download", 403));
		checkMatrix(borderCase, expected);
	}

	@Test
	void whatAReaderMayKnowOfAcaseDecidesWhatTheReadShows() {
		var supervisor = readers.get("supervisor.se");
		String registered = register(readers.get("border.se"));
		assertThat(supervisor.postJson(path(registered, "/team"), "{\"username\": \"supervisor.se\", \"part\": \"OWNER\"}")
			.statusCode()).isEqualTo(204);
		assertThat(supervisor.postJson(path(registered, "/identity-facts"), """
				{"kind": "NATIONALITY_VERIFIED", "country": "XK", "verifiedThrough": "Synthetic passport check",
				 "source": "Synthetic embassy"}""").statusCode()).isEqualTo(201);
		var border = HttpTestClient.json(readers.get("border.se").get(path(registered, "")));
		assertThat(border.get("facts").valueStream().map(f -> f.get("value").get("kind").asString()).toList())
			.doesNotContain("NATIONALITY_VERIFIED");
		assertThat(border.get("access").asString()).isEqualTo("REGISTRATION");
		assertThat(border.get("child").get("displayName").asString()).isEqualTo("Lira Synthetica");
		assertThat(border.get("parts").size()).isZero();
		var colleague = HttpTestClient.json(readers.get("caseworker.se").get(path(borderCase, "")));
		assertThat(colleague.get("access").asString()).isEqualTo("EXISTENCE");
		assertThat(colleague.get("child").isNull()).isTrue();
		assertThat(colleague.get("facts").size()).isZero();
		var judge = HttpTestClient.json(readers.get("judge").get(path(ownCase, "")));
		assertThat(judge.get("access").asString()).isEqualTo("DISCLOSED");
		assertThat(judge.get("parts").has("SCREENING")).isTrue();
	}

	@Test
	void searchListsOnlyCasesTheReaderMayKnowOfAndNeverNamesAnExistingOne() {
		for (var reader : readers.entrySet()) {
			var found = HttpTestClient.json(reader.getValue().get("/api/v1/cases?q=Synthetica&size=100"));
			List<String> ids = found.get("cases").valueStream().map(c -> c.get("id").asString()).toList();
			boolean mayKnowOwn = List.of("caseworker.se", "supervisor.se", "guardian.se", "judge").contains(reader.getKey());
			assertThat(ids.contains(ownCase)).as(reader.getKey() + " finds the own case by name").isEqualTo(mayKnowOwn);
			assertThat(ids.contains(otherCase)).as(reader.getKey() + " finds the other case by name")
				.isEqualTo(reader.getKey().equals("otherCaseworker"));
			assertThat(ids.contains(borderCase)).as(reader.getKey() + " finds the border case by name")
				.isEqualTo(reader.getKey().equals("border.se"));
		}
		String number = HttpTestClient.json(readers.get("border.se").get(path(borderCase, ""))).get("caseNumber").asString();
		var byNumber = HttpTestClient.json(readers.get("caseworker.se").get("/api/v1/cases?q=" + number)).get("cases");
		assertThat(byNumber.size()).isEqualTo(1);
		assertThat(byNumber.get(0).get("access").asString()).isEqualTo("EXISTENCE");
		assertThat(byNumber.get(0).get("displayName").isNull()).isTrue();
	}

	private void checkMatrix(String caseId, Map<String, Map<String, Integer>> allowed) {
		List<String> mismatches = new ArrayList<>();
		for (var reader : readers.entrySet()) {
			Map<String, Integer> expected = allowed.getOrDefault(reader.getKey(), Map.of());
			for (var endpoint : endpoints().entrySet()) {
				int want = expected.getOrDefault(endpoint.getKey(), 404);
				HttpResponse<String> response = endpoint.getValue().apply(reader.getValue(), caseId);
				if (response.statusCode() != want) {
					mismatches.add(reader.getKey() + " " + endpoint.getKey() + ": " + response.statusCode() + " (expected "
							+ want + ") " + abbreviate(response.body()));
				}
				if (want == 404 && response.statusCode() == 404) {
					assertThat(response.body()).doesNotContain("Synthetica");
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private static String abbreviate(String body) {
		return body.length() > 200 ? body.substring(0, 200) : body;
	}

}
