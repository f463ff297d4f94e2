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
 * Every endpoint of a case × every role × whose case it is, with the answer each cell must get, in one table
 * ({@link #EXPECTED}): access follows the role <i>and</i> the part in the case, and a case the reader may not
 * know of is 404, never 403. The cases: the reader's team's own case, another team's case of the same
 * organisation, another organisation's case, a case of the team disclosed to a court, and a case a border
 * officer registered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesAuthorisationMatrixIntegrationTests extends IntegrationTest {

	private static final String TODAY = LocalDate.now().toString();

	/**
	 * The answer of each cell. A row is a reader and a case; a column an endpoint. {@code caseworker.se} owns
	 * {@code own} and {@code disclosed} with {@code supervisor.se} (as supervisor) and {@code guardian.se}
	 * (as guardian); {@code colleague}, a caseworker of the same organisation, owns {@code otherTeam};
	 * {@code otherCaseworker} of another organisation owns {@code otherOrg}, where {@code otherSupervisor}
	 * works; {@code disclosed} is disclosed to the court of {@code judge}; {@code border.se} registered
	 * {@code border}, which waits in the intake organisation for a team. Only {@code own} and {@code disclosed}
	 * have a screening and a document, so their owners elsewhere get 404 for those. Authorised callers get 400
	 * for the deliberately invalid bodies and 409 for the refused move, so every status shows who got through.
	 */
	private static final String EXPECTED = """
			reader          case       read time part unmet save views move fact team note refer discl appr match decide down report wellb
			caseworker.se   own        200  200  200  200   200  200   409  400  403  400  400   403   403  200   404    200  200    200
			caseworker.se   otherTeam  200  404  404  404   403  403   403  403  403  403  403   403   403  403   403    403  404    404
			caseworker.se   otherOrg   404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			caseworker.se   disclosed  200  200  200  200   200  200   409  400  403  400  400   403   403  200   404    200  200    200
			caseworker.se   border     200  404  404  404   403  403   403  403  403  403  403   403   403  403   403    403  404    404
			supervisor.se   own        200  200  200  200   200  200   409  400  400  400  400   400   409  200   404    200  200    200
			supervisor.se   otherTeam  200  404  404  404   403  403   403  403  400  403  403   403   403  403   403    403  404    404
			supervisor.se   otherOrg   404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			supervisor.se   disclosed  200  200  200  200   200  200   409  400  400  400  400   400   409  200   404    200  200    200
			supervisor.se   border     200  404  404  404   403  403   403  403  400  403  403   403   403  403   403    403  404    404
			guardian.se     own        200  200  200  200   403  200   403  403  403  400  403   403   403  403   403    200  200    200
			guardian.se     otherTeam  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			guardian.se     otherOrg   404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			guardian.se     disclosed  200  200  200  200   403  200   403  403  403  400  403   403   403  403   403    200  200    200
			guardian.se     border     404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			border.se       own        404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			border.se       otherTeam  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			border.se       otherOrg   404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			border.se       disclosed  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			border.se       border     200  404  404  404   403  403   403  403  403  403  403   403   403  403   403    403  404    404
			judge           own        404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			judge           otherTeam  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			judge           otherOrg   404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			judge           disclosed  200  200  200  200   403  403   403  403  403  403  403   403   403  403   403    200  200    200
			judge           border     404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			colleague       own        200  404  404  404   403  403   403  403  403  403  403   403   403  403   403    403  404    404
			colleague       otherTeam  200  200  404  200   200  200   409  400  403  400  400   403   403  200   404    404  200    200
			colleague       otherOrg   404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			colleague       disclosed  200  404  404  404   403  403   403  403  403  403  403   403   403  403   403    403  404    404
			colleague       border     200  404  404  404   403  403   403  403  403  403  403   403   403  403   403    403  404    404
			otherCaseworker own        404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			otherCaseworker otherTeam  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			otherCaseworker otherOrg   200  200  404  200   200  200   409  400  403  400  400   403   403  200   404    404  200    200
			otherCaseworker disclosed  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			otherCaseworker border     404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			otherSupervisor own        404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			otherSupervisor otherTeam  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			otherSupervisor otherOrg   200  404  404  404   403  403   403  403  400  403  403   403   403  403   403    403  404    404
			otherSupervisor disclosed  404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			otherSupervisor border     404  404  404  404   404  404   404  404  404  404  404   404   404  404   404    404  404    404
			""";

	/** Readers whose role gives them no case at all: every cell of theirs is 404. */
	private static final List<String> NO_CASES = List.of("ngo.se", "analyst.se", "editor.se", "admin", "otherJudge");

	@Autowired
	AccountManagement accounts;

	private final Map<String, HttpTestClient> readers = new LinkedHashMap<>();

	private final Map<String, String> cases = new LinkedHashMap<>();

	private final Map<String, String> documents = new LinkedHashMap<>();

	@BeforeAll
	void setUp() {
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, "Synthetic Matrix Court");
		var other = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES,
				"Synthetic Other Municipality Social Services");
		for (String demo : List.of("caseworker.se", "supervisor.se", "guardian.se", "border.se", "ngo.se", "analyst.se",
				"editor.se", "admin")) {
			readers.put(demo, client().withToken(demo, PASSWORD));
		}
		var own = java.util.UUID.fromString(
				HttpTestClient.json(readers.get("caseworker.se").get("/api/v1/me")).get("organisationId").asString());
		readers.put("judge", ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, court, Role.JUDGE), true));
		readers.put("otherJudge", ApiUsers.signedIn(client(), client(),
				ApiUsers.create(accounts, ApiUsers.organisation(accounts, OrganisationType.COURT, "Synthetic Other Court"),
						Role.JUDGE),
				true));
		readers.put("colleague", ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, own, Role.CASEWORKER), false));
		readers.put("otherCaseworker",
				ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, other, Role.CASEWORKER), false));
		readers.put("otherSupervisor",
				ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, other, Role.SUPERVISOR), false));

		for (String kind : List.of("own", "disclosed")) {
			String id = register(readers.get("caseworker.se"));
			cases.put(kind, id);
			for (String member : List.of("{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}",
					"{\"username\": \"guardian.se\", \"part\": \"GUARDIAN\"}")) {
				assertThat(readers.get("supervisor.se").postJson(path(id, "/team"), member).statusCode()).isEqualTo(204);
			}
			assertThat(readers.get("caseworker.se").putJson(path(id, "/screening"), screening()).statusCode())
				.isEqualTo(200);
			HttpResponse<String> upload = Multipart.upload(readers.get("caseworker.se"), path(id, "/documents"), "file",
					"synthetic-note.txt", "text/plain", "A synthetic document.".getBytes(StandardCharsets.UTF_8));
			assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
			documents.put(id, HttpTestClient.json(upload).get("id").asString());
		}
		assertThat(readers.get("supervisor.se").postJson(path(cases.get("disclosed"), "/disclosures"),
				"{\"organisationId\": \"" + court + "\", \"reason\": \"Synthetic custody hearing\"}").statusCode())
			.isEqualTo(204);
		cases.put("otherTeam", register(readers.get("colleague")));
		String otherOrg = register(readers.get("otherCaseworker"));
		cases.put("otherOrg", otherOrg);
		cases.put("border", register(readers.get("border.se")));
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

	/** The endpoints, by the table's column names, each called so that an authorised caller changes nothing much. */
	private Map<String, BiFunction<HttpTestClient, String, HttpResponse<String>>> endpoints() {
		Map<String, BiFunction<HttpTestClient, String, HttpResponse<String>>> calls = new LinkedHashMap<>();
		calls.put("read", (c, id) -> c.get(path(id, "")));
		calls.put("time", (c, id) -> c.get(path(id, "/timeline")));
		calls.put("part", (c, id) -> c.get(path(id, "/screening")));
		calls.put("unmet", (c, id) -> c.get(path(id, "/unmet-safeguards?to=PLANNED")));
		calls.put("save", (c, id) -> c.putJson(path(id, "/screening"), screening()));
		calls.put("views", (c, id) -> c.putJson(path(id, "/best-interests-assessment"), """
				{"childViews": "I want to go to school here.", "participants": ["Synthetic guardian"], "assessedOn": "%s"}"""
			.formatted(TODAY)));
		// Gates unmet: an authorised caller is refused with 409 and nothing changes.
		calls.put("move", (c, id) -> c.postJson(path(id, "/transitions"), "{\"to\": \"IMPLEMENTED\", \"reason\": \"Test\"}"));
		// Invalid bodies: an authorised caller gets 400 and nothing is saved.
		calls.put("fact", (c, id) -> c.postJson(path(id, "/identity-facts"), "{\"kind\": \"NAME\"}"));
		calls.put("team", (c, id) -> c.postJson(path(id, "/team"), "{\"username\": \"\"}"));
		calls.put("note", (c, id) -> c.postJson(path(id, "/notes"), "{\"body\": \"\"}"));
		calls.put("refer", (c, id) -> c.postJson(path(id, "/referrals"), "{}"));
		calls.put("discl", (c, id) -> c.postJson(path(id, "/disclosures"), "{}"));
		// No determination yet: a supervisor on the team is told so (409).
		calls.put("appr", (c, id) -> c.postJson(path(id, "/best-interests-determination/approval"), "{}"));
		calls.put("match", (c, id) -> c.get(path(id, "/possible-matches")));
		// A decision against a case of another organisation, which nobody here may change but its own team.
		calls.put("decide", (c, id) -> c.postJson(path(id, "/matches"), "{\"otherCaseId\": \""
				+ (id.equals(cases.get("otherOrg")) ? cases.get("own") : cases.get("otherOrg"))
				+ "\", \"decision\": \"CONFIRMED\", \"reason\": \"x\"}"));
		calls.put("down", (c, id) -> c.get(path(id, "/documents/" + documents.getOrDefault(id,
				"00000000-0000-4000-8000-000000000000"))));
		calls.put("report", (c, id) -> c.get(path(id, "/report.pdf")));
		calls.put("wellb", (c, id) -> c.get(path(id, "/well-being")));
		return calls;
	}

	@Test
	void everyCellOfTheTableGetsItsAnswer() {
		List<String> lines = EXPECTED.strip().lines().toList();
		List<String> header = List.of(lines.get(0).trim().split("\\s+"));
		List<String> columns = header.subList(2, header.size());
		var calls = endpoints();
		assertThat(columns).containsExactlyElementsOf(calls.keySet());
		Map<String, String> rows = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.trim().split("\\s+");
			rows.put(cells[0] + " " + cells[1], line.trim());
		}
		List<String> mismatches = new ArrayList<>();
		StringBuilder actual = new StringBuilder();
		for (var reader : readers.entrySet()) {
			for (var kase : cases.entrySet()) {
				String key = reader.getKey() + " " + kase.getKey();
				String[] expected = rows.containsKey(key) ? rows.get(key).split("\\s+") : null;
				assertThat(expected != null || NO_CASES.contains(reader.getKey())).as("a row for " + key).isTrue();
				StringBuilder row = new StringBuilder(String.format("%-15s %-10s", reader.getKey(), kase.getKey()));
				int column = 0;
				for (var endpoint : calls.entrySet()) {
					String want = expected == null ? "404" : expected[2 + column];
					HttpResponse<String> response = endpoint.getValue().apply(reader.getValue(), kase.getValue());
					row.append(' ').append(response.statusCode());
					if (!String.valueOf(response.statusCode()).equals(want)) {
						mismatches.add(key + " " + endpoint.getKey() + ": " + response.statusCode() + " (expected " + want
								+ ") " + abbreviate(response.body()));
					}
					if (response.statusCode() == 404) {
						assertThat(response.body()).as(key + " " + endpoint.getKey()).doesNotContain("Synthetica");
					}
					column++;
				}
				actual.append(row).append('\n');
			}
		}
		assertThat(mismatches).as("answers as they are:%n%s", actual).isEmpty();
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
		var colleague = HttpTestClient.json(readers.get("caseworker.se").get(path(cases.get("border"), "")));
		assertThat(colleague.get("access").asString()).isEqualTo("EXISTENCE");
		assertThat(colleague.get("child").isNull()).isTrue();
		assertThat(colleague.get("facts").size()).isZero();
		var judge = HttpTestClient.json(readers.get("judge").get(path(cases.get("disclosed"), "")));
		assertThat(judge.get("access").asString()).isEqualTo("DISCLOSED");
		assertThat(judge.get("parts").has("SCREENING")).isTrue();
		assertThat(judge.get("disclosures").get(0).get("reason").asString()).isEqualTo("Synthetic custody hearing");
	}

	@Test
	void searchListsOnlyCasesTheReaderMayKnowOfAndNeverNamesAnExistingOne() {
		Map<String, List<String>> findsByName = Map.of("caseworker.se", List.of("own", "disclosed"), "supervisor.se",
				List.of("own", "disclosed"), "guardian.se", List.of("own", "disclosed"), "judge", List.of("disclosed"),
				"colleague", List.of("otherTeam"), "otherCaseworker", List.of("otherOrg"), "border.se", List.of("border"));
		for (var reader : readers.entrySet()) {
			var found = HttpTestClient.json(reader.getValue().get("/api/v1/cases?q=Synthetica&size=100"));
			List<String> ids = found.get("cases").valueStream().map(c -> c.get("id").asString()).toList();
			for (var kase : cases.entrySet()) {
				assertThat(ids.contains(kase.getValue())).as(reader.getKey() + " finds " + kase.getKey() + " by name")
					.isEqualTo(findsByName.getOrDefault(reader.getKey(), List.of()).contains(kase.getKey()));
			}
		}
		String number = HttpTestClient.json(readers.get("border.se").get(path(cases.get("border"), "")))
			.get("caseNumber")
			.asString();
		var byNumber = HttpTestClient.json(readers.get("caseworker.se").get("/api/v1/cases?q=" + number)).get("cases");
		assertThat(byNumber.size()).isEqualTo(1);
		assertThat(byNumber.get(0).get("access").asString()).isEqualTo("EXISTENCE");
		assertThat(byNumber.get(0).get("displayName").isNull()).isTrue();
	}

	private static String abbreviate(String body) {
		return body.length() > 200 ? body.substring(0, 200) : body;
	}

}
