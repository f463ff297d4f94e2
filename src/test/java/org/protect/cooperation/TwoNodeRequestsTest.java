package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.protect.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two real nodes for request conversations, a Swedish and a Latvian one, each with its own embedded PostgreSQL,
 * talking HTTP on loopback, paired once per test class; and the steps the tests take on them through the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoNodeRequestsTest {

	static final String PASSWORD = "synthetic-cooperation-password-2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final LocalDate TODAY = LocalDate.now();

	private final String run = UUID.randomUUID().toString();

	final int sePort = freePort();

	final int lvPort = freePort();

	ConfigurableApplicationContext se;

	ConfigurableApplicationContext lv;

	String caseworkerSe;

	String centralSe;

	String supervisorSe;

	String centralLv;

	String caseworkerLv;

	@BeforeAll
	void startAndPairBothNodes() {
		se = start("SE", sePort);
		lv = start("LV", lvPort);
		String adminSe = token(sePort, "admin");
		String adminLv = token(lvPort, "admin");
		assertThat(post(sePort, adminSe, "/api/v1/cooperation/partners", "{\"baseUrl\":\"http://localhost:" + lvPort
				+ "\",\"fingerprint\":\"" + fingerprint(lv) + "\"}").statusCode()).isEqualTo(201);
		assertThat(post(lvPort, adminLv, "/api/v1/cooperation/partners", "{\"baseUrl\":\"http://localhost:" + sePort
				+ "\",\"fingerprint\":\"" + fingerprint(se) + "\"}").statusCode()).isEqualTo(201);
		caseworkerSe = token(sePort, "caseworker.se");
		centralSe = token(sePort, "central.se");
		supervisorSe = token(sePort, "supervisor.se");
		centralLv = token(lvPort, "central.lv");
		caseworkerLv = token(lvPort, "caseworker.lv");
	}

	@AfterAll
	void stopBothNodes() {
		if (se != null) {
			se.close();
		}
		if (lv != null) {
			lv.close();
		}
	}

	/** Sends a request of a type under the team rule; {@code fields} are the type's own, as JSON members. */
	String send(String caseId, String type, String legalBasis, String fields) {
		HttpResponse<String> created = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "%s", "legalBasis": "%s",
				 "message": "Synthetic: a %s"%s}""".formatted(caseId, nodeId(lv), type, legalBasis, type,
				fields.isEmpty() ? "" : ", " + fields));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(JSON.readTree(created.body()).get("state").asString()).isEqualTo("SENT");
		return JSON.readTree(created.body()).get("id").asString();
	}

	String returnTransfer(String caseId) {
		return """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "RETURN_TRANSFER", "legalBasis": "Hague 1996 art. 32",
				 "message": "Synthetic: we propose her return to her aunt", "receivingGuardian": "Synthetic orphan's court",
				 "plannedDate": "%s", "escort": "Synthetic escort from the social services",
				 "handoverPlace": "Synthetic: Riga airport, to the orphan's court"}"""
			.formatted(caseId, nodeId(lv), TODAY.plusDays(20));
	}

	String caseWithAReturnPlanned() {
		String caseId = openCase();
		put(caseId, "guardianship", """
				{"guardian": {"name": "Synthetic Guardian", "organisation": "Demo guardianship office",
				 "appointedOn": "TODAY", "decisionReference": "Synthetic decision 1"}, "independenceConfirmed": true}""");
		put(caseId, "care-plan", """
				{"goals": ["Live safely with her aunt in Latvia"], "responsibleHere": "Demo Social Services (SE)",
				 "receivingAgency": "Synthetic orphan's court", "receivingCountry": "LV", "escort": "Synthetic escort",
				 "handoverPlace": "Synthetic: Riga airport", "plannedReturnDate": "%s", "handoverArranged": true, "reviewOn": "%s"}"""
			.formatted(TODAY.plusDays(20), TODAY.plusMonths(3)));
		return caseId;
	}

	JsonNode part(String caseId, String part) {
		HttpResponse<String> response = get(sePort, caseworkerSe, "/api/v1/cases/" + caseId + "/" + part);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	String timeline(String caseId) {
		return get(sePort, caseworkerSe, "/api/v1/cases/" + caseId + "/timeline").body();
	}

	List<String> kinds(int port, String token, String id) {
		return JSON.readTree(get(port, token, "/api/v1/cooperation/requests/" + id).body())
			.get("messages")
			.valueStream()
			.map(m -> m.get("kind").asString())
			.toList();
	}

	String openCase() {
		HttpResponse<String> created = post(sePort, caseworkerSe, "/api/v1/cases", """
				{"givenName": "Мирослава", "familyName": "Бондаренко", "sex": "F", "birthYear": %d,
				 "nationalityClaimed": "UA"}""".formatted(TODAY.getYear() - 12));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("id").asString();
	}

	String caseWithAPlacementAbroad() {
		String caseId = openCase();
		put(caseId, "care-plan", """
				{"goals": ["Live safely with a foster family in Latvia"], "responsibleHere": "Demo Social Services (SE)",
				 "receivingAgency": "Synthetic orphan's court", "receivingCountry": "LV", "placementInCareAbroad": true,
				 "reviewOn": "%s"}""".formatted(TODAY.plusMonths(3)));
		return caseId;
	}

	String draftPlacementConsent(String caseId) {
		HttpResponse<String> created = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "PLACEMENT_CONSENT", "legalBasis": "Brussels IIb art. 82",
				 "message": "Synthetic: we ask for consent to a foster placement", "reasons": "Synthetic: her aunt lives there",
				 "expectedDuration": "Until she is 18", "funding": "Synthetic: the Swedish municipality pays"}"""
			.formatted(caseId, nodeId(lv)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(JSON.readTree(created.body()).get("state").asString()).isEqualTo("DRAFT");
		return JSON.readTree(created.body()).get("id").asString();
	}

	List<String> unmet(String caseId) {
		HttpResponse<String> response = get(sePort, caseworkerSe,
				"/api/v1/cases/" + caseId + "/unmet-safeguards?to=PLANNED");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).get("unmetSafeguards").valueStream().map(JsonNode::asString).toList();
	}

	void put(String caseId, String part, String json) {
		HttpResponse<String> response = TestNodes.send(TestNodes.request(sePort, "/api/v1/cases/" + caseId + "/" + part, caseworkerSe)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json.replace("TODAY", TODAY.toString())))
			.build());
		assertThat(response.statusCode()).as(part + ": " + response.body()).isEqualTo(200);
	}

	JsonNode awaitState(int port, String token, String id, String state) {
		Supplier<JsonNode> read = () -> JSON.readTree(get(port, token, "/api/v1/cooperation/requests/" + id).body());
		await(() -> state.equals(read.get().path("state").asString()));
		JsonNode request = read.get();
		assertThat(request.get("state").asString()).as(request.toString()).isEqualTo(state);
		return request;
	}

	JsonNode awaitIncoming(String conversationId) {
		Supplier<JsonNode> find = () -> {
			for (JsonNode request : JSON.readTree(get(lvPort, centralLv, "/api/v1/cooperation/inbox").body())) {
				if (conversationId.equals(request.get("conversationId").asString())) {
					return request;
				}
			}
			return null;
		};
		await(() -> find.get() != null);
		JsonNode request = find.get();
		assertThat(request).as("incoming conversation " + conversationId).isNotNull();
		return request;
	}

	static void await(Supplier<Boolean> condition) {
		TestNodes.await(condition, Duration.ofSeconds(30));
	}

	ConfigurableApplicationContext start(String country, int port) {
		return TestNodes.start(getClass().getSimpleName() + "-" + country + "-" + run, country, port, PASSWORD);
	}

	static int freePort() {
		return TestNodes.freePort();
	}

	static String fingerprint(ConfigurableApplicationContext node) {
		return TestNodes.fingerprint(node);
	}

	static UUID nodeId(ConfigurableApplicationContext node) {
		return TestNodes.nodeId(node);
	}

	static long outboxCount(ConfigurableApplicationContext node) {
		return node.getBean(JdbcClient.class).sql("SELECT count(*) FROM cooperation.outbox").query(Long.class).single();
	}

	static List<AuditEntry> audit(ConfigurableApplicationContext node, String action) {
		return TestNodes.audit(node, action);
	}

	String token(int port, String username) {
		return TestNodes.token(port, username, PASSWORD);
	}

	HttpResponse<String> get(int port, String token, String path) {
		return TestNodes.get(port, token, path);
	}

	HttpResponse<String> post(int port, String token, String path, String json) {
		return TestNodes.postJson(port, token, path, json);
	}

}
