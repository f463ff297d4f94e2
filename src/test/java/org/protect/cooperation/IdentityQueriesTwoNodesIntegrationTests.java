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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.protect.cooperation.internal.PayloadSeal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Do you know this child?" between a Swedish and a Latvian node, each with its own embedded PostgreSQL,
 * over loopback HTTP: the same child registered in Cyrillic in Sweden and in Latin letters in Latvia is a
 * possible match; an unrelated child is not, and the answer says nothing about the children it did not
 * match; nothing but encodings leaves the asking node; the art. 37 flag sends nothing; both sides audit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityQueriesTwoNodesIntegrationTests {

	private static final String PASSWORD = "synthetic-identity-query-password-2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String run = UUID.randomUUID().toString();

	private final int sePort = TestNodes.freePort();

	private final int lvPort = TestNodes.freePort();

	private ConfigurableApplicationContext se;

	private ConfigurableApplicationContext lv;

	private String caseworkerSe;

	private String supervisorSe;

	private String caseworkerLv;

	private String centralLv;

	private String myroslavaLv;

	private String oksanaLv;

	@BeforeAll
	void startPairAndRegisterTheLatvianChildren() {
		se = TestNodes.start("identity-SE-" + run, "SE", sePort, PASSWORD);
		lv = TestNodes.start("identity-LV-" + run, "LV", lvPort, PASSWORD);
		pair(sePort, lv);
		pair(lvPort, se);
		caseworkerSe = TestNodes.token(sePort, "caseworker.se", PASSWORD);
		supervisorSe = TestNodes.token(sePort, "supervisor.se", PASSWORD);
		caseworkerLv = TestNodes.token(lvPort, "caseworker.lv", PASSWORD);
		centralLv = TestNodes.token(lvPort, "central.lv", PASSWORD);
		myroslavaLv = register(lvPort, caseworkerLv, """
				{"givenName": "Myroslava", "familyName": "Bondarenko", "sex": "F", "birthDate": "2014-05-03",
				 "nationalityClaimed": "UA"}""");
		oksanaLv = register(lvPort, caseworkerLv, """
				{"givenName": "Oksana", "familyName": "Bondarenko", "sex": "F", "birthDate": "2014-09-12",
				 "nationalityClaimed": "UA"}""");
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

	@Test
	void theSameChildInAnotherScriptIsAPossibleMatchAndOnlyEncodingsLeaveTheNode() {
		String caseId = register(sePort, caseworkerSe, """
				{"givenName": "Мирослава", "familyName": "Бондаренко", "sex": "F", "birthYear": 2014,
				 "nationalityClaimed": "UA"}""");
		HttpResponse<String> asked = ask(caseworkerSe, caseId);
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
		JsonNode query = JSON.readTree(asked.body()).get(0);
		assertThat(query.get("state").asString()).isEqualTo("SENT");

		String sent = outboxPayload(se, "IDENTITY_QUERY", query.get("conversationId").asString());
		JsonNode payload = JSON.readTree(sent);
		assertThat(payload.propertyNames()).containsExactlyInAnyOrder("senderKey", "recipientKey", "encodings");
		// The name as given and the other way round; neither name nor year in any readable form.
		assertThat(payload.get("encodings")).hasSize(2);
		assertThat(sent).doesNotContain("Bondarenko").doesNotContain("Бондаренко").doesNotContain("Myroslava");
		payload.get("encodings")
			.forEach(encoding -> assertThat(java.util.Base64.getUrlDecoder().decode(encoding.asString())).hasSize(128));

		JsonNode answered = awaitAnswer(caseId, query.get("id").asString());
		assertThat(answered.get("outcome").asString()).isEqualTo("POSSIBLE_MATCH");
		assertThat(answered.get("references")).hasSize(1);
		String reference = answered.get("references").get(0).asString();
		assertThat(reference).matches("LV-IQ-[A-Z2-7]{8}");
		assertThat(answered.get("matches")).isEmpty();

		// The Latvian central authority resolves the reference to its own case; its team is told.
		JsonNode incoming = incomingByReference(reference);
		assertThat(incoming.get("matches")).hasSize(1);
		assertThat(incoming.get("matches").get(0).get("caseId").asString()).isEqualTo(myroslavaLv);
		assertThat(TestNodes.get(lvPort, caseworkerLv, "/api/v1/cases/" + myroslavaLv + "/timeline").body())
			.contains("IDENTITY_QUERY_MATCHED").contains(reference);
		assertThat(TestNodes.get(lvPort, caseworkerLv, "/api/v1/cases/" + oksanaLv + "/timeline").body())
			.doesNotContain("IDENTITY_QUERY_MATCHED");
		assertThat(TestNodes.get(sePort, caseworkerSe, "/api/v1/cases/" + caseId + "/timeline").body())
			.contains("IDENTITY_QUERY_POSSIBLE_MATCH").contains(reference);
		assertThat(TestNodes.audit(se, "COOPERATION_IDENTITY_QUERY_SENT")).isNotEmpty();
		assertThat(TestNodes.audit(lv, "COOPERATION_IDENTITY_QUERY_RECEIVED")).isNotEmpty();
		assertThat(TestNodes.audit(lv, "COOPERATION_IDENTITY_QUERY_ANSWERED")).isNotEmpty();
		assertThat(TestNodes.get(lvPort, caseworkerLv, "/api/v1/cooperation/identity-queries/incoming").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aChildRegisteredWithGivenAndFamilyNamesSwappedIsStillFound() {
		String caseId = register(sePort, caseworkerSe, """
				{"givenName": "Bondarenko", "familyName": "Myroslava", "sex": "F", "birthYear": 2014,
				 "nationalityClaimed": "UA"}""");
		JsonNode query = JSON.readTree(ask(caseworkerSe, caseId).body()).get(0);
		JsonNode answered = awaitAnswer(caseId, query.get("id").asString());
		assertThat(answered.get("outcome").asString()).isEqualTo("POSSIBLE_MATCH");
		JsonNode incoming = incomingByReference(answered.get("references").get(0).asString());
		assertThat(incoming.get("matches").get(0).get("caseId").asString()).isEqualTo(myroslavaLv);
	}

	@Test
	void anUnrelatedChildIsNoMatchAndTheAnswerSaysNothingMore() {
		String caseId = register(sePort, caseworkerSe, """
				{"givenName": "Сергій", "familyName": "Коваленко", "sex": "M", "birthYear": 2011,
				 "nationalityClaimed": "UA"}""");
		JsonNode query = JSON.readTree(ask(caseworkerSe, caseId).body()).get(0);
		JsonNode answered = awaitAnswer(caseId, query.get("id").asString());
		assertThat(answered.get("outcome").asString()).isEqualTo("NO_MATCH");
		assertThat(answered.get("references")).isEmpty();
		String answer = outboxPayload(lv, "IDENTITY_QUERY_ANSWER", query.get("conversationId").asString());
		assertThat(JSON.readTree(answer).propertyNames()).containsExactlyInAnyOrder("outcome", "references");
		assertThat(lv.getBean(JdbcClient.class)
			.sql("""
					SELECT count(*) FROM cooperation.identity_query_match m JOIN cooperation.identity_query q
					ON q.id = m.query_id WHERE q.conversation_id = ?::uuid""")
			.param(query.get("conversationId").asString())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCaseWhoseDisclosureWouldEndangerTheChildSendsNothingAndStrangersAndEmptyChoicesAreRefused() {
		String caseId = register(sePort, caseworkerSe, """
				{"givenName": "Anna", "familyName": "Synthetic", "sex": "F", "birthYear": 2013, "nationalityClaimed": "UA"}""");
		HttpResponse<String> risk = TestNodes.send(TestNodes.request(sePort, "/api/v1/cases/" + caseId + "/risk-assessment",
				caseworkerSe)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"conclusion": "AGAINST_RETURN", "destinationCountry": "UA", "risksFound": "Synthetic",
					 "familyContactRisk": "High", "disclosureEndangers": true, "assessedOn": "%s",
					 "assessedBy": "Synthetic assessor"}""".formatted(LocalDate.now())))
			.build());
		assertThat(risk.statusCode()).as(risk.body()).isEqualTo(200);
		long queued = queries();
		HttpResponse<String> refused = ask(caseworkerSe, caseId);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("disclosure-endangers-child");
		assertThat(queries()).isEqualTo(queued);

		String other = register(sePort, caseworkerSe, """
				{"givenName": "Boris", "familyName": "Synthetic", "sex": "M", "birthYear": 2012, "nationalityClaimed": "UA"}""");
		assertThat(ask(supervisorSe, other).statusCode()).isEqualTo(404);
		HttpResponse<String> none = TestNodes.postJson(sePort, caseworkerSe, "/api/v1/cooperation/identity-queries",
				"{\"caseId\": \"" + other + "\", \"partnerNodeIds\": []}");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("\"partnerNodeIds\"");
		assertThat(queries()).isEqualTo(queued);
	}

	/** What a node sent (its outbox keeps it sealed; opened here with the node's own key). */
	private static String outboxPayload(ConfigurableApplicationContext node, String type, String conversationId) {
		var row = node.getBean(JdbcClient.class)
			.sql("SELECT message_id, payload FROM cooperation.outbox WHERE type = ? AND conversation_id = ?::uuid")
			.params(type, conversationId)
			.query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.single();
		assertThat(row.getValue()).startsWith("sealed:v1:");
		return node.getBean(PayloadSeal.class).open(PayloadSeal.Place.OUTBOX, row.getKey(), row.getValue());
	}

	private long queries() {
		return se.getBean(JdbcClient.class)
			.sql("SELECT count(*) FROM cooperation.outbox WHERE type = 'IDENTITY_QUERY'")
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> ask(String token, String caseId) {
		return TestNodes.postJson(sePort, token, "/api/v1/cooperation/identity-queries",
				"{\"caseId\": \"" + caseId + "\", \"partnerNodeIds\": [\"" + TestNodes.nodeId(lv) + "\"]}");
	}

	private JsonNode awaitAnswer(String caseId, String queryId) {
		Supplier<JsonNode> read = () -> {
			for (JsonNode query : JSON.readTree(
					TestNodes.get(sePort, caseworkerSe, "/api/v1/cooperation/identity-queries?caseId=" + caseId).body())) {
				if (query.get("id").asString().equals(queryId)) {
					return query;
				}
			}
			return null;
		};
		TestNodes.await(() -> read.get() != null && "ANSWERED".equals(read.get().get("state").asString()),
				Duration.ofSeconds(30));
		JsonNode query = read.get();
		assertThat(query.get("state").asString()).as(query.toString()).isEqualTo("ANSWERED");
		return query;
	}

	private JsonNode incomingByReference(String reference) {
		for (JsonNode query : JSON.readTree(
				TestNodes.get(lvPort, centralLv, "/api/v1/cooperation/identity-queries/incoming").body())) {
			for (JsonNode match : query.get("matches")) {
				if (match.get("reference").asString().equals(reference)) {
					return query;
				}
			}
		}
		throw new AssertionError("no incoming query with reference " + reference);
	}

	private static String register(int port, String token, String body) {
		HttpResponse<String> created = TestNodes.postJson(port, token, "/api/v1/cases", body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("id").asString();
	}

	private void pair(int port, ConfigurableApplicationContext partner) {
		int partnerPort = partner == se ? sePort : lvPort;
		String admin = TestNodes.token(port, "admin", PASSWORD);
		HttpResponse<String> paired = TestNodes.postJson(port, admin, "/api/v1/cooperation/partners",
				"{\"baseUrl\":\"http://localhost:" + partnerPort + "\",\"fingerprint\":\"" + TestNodes.fingerprint(partner)
						+ "\"}");
		assertThat(paired.statusCode()).as(paired.body()).isEqualTo(201);
	}

}
