package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.protect.audit.AuditEntry;
import org.protect.cooperation.internal.Envelope;
import org.protect.cooperation.internal.MessageSealer;
import org.protect.cooperation.internal.NodeKeys;
import org.protect.support.AsAdmin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two real nodes in one JVM, a Swedish and a Latvian one, each with its own embedded PostgreSQL and data
 * directory, talking HTTP on loopback: pairing, delivery with a signed receipt, a recipient that is down
 * and comes back, replays, and every kind of bad message refused and audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CooperationTwoNodesIntegrationTests {

	private static final String PASSWORD = "synthetic-cooperation-password-2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String run = UUID.randomUUID().toString();

	private final int sePort = freePort();

	private final int lvPort = freePort();

	private ConfigurableApplicationContext se;

	private ConfigurableApplicationContext lv;

	private String seToken;

	private String lvToken;

	@BeforeAll
	void startBothNodes() {
		se = start("SE", sePort);
		lv = start("LV", lvPort);
		seToken = token(sePort);
		lvToken = token(lvPort);
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
	@Order(1)
	void theIdentityDocumentIsPublicAndNamesTheCurrentSigningKeysThumbprint() throws Exception {
		JsonNode document = JSON.readTree(get(lvPort, "/.well-known/protect-node", null).body());
		assertThat(document.propertyNames()).containsExactly("nodeId", "country", "name", "baseUrl", "fingerprint",
				"keys");
		assertThat(document.get("country").asString()).isEqualTo("LV");
		assertThat(document.get("baseUrl").asString()).isEqualTo("http://localhost:" + lvPort);
		JWKSet keys = JWKSet.parse(document.get("keys").toString());
		assertThat(keys.getKeys()).hasSize(2).allSatisfy(key -> {
			assertThat(key.isPrivate()).isFalse();
			assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
			assertThat(key.getAlgorithm()).isNotNull();
		});
		assertThat(keys.getKeys()).extracting(key -> key.getKeyUse()).containsExactlyInAnyOrder(KeyUse.SIGNATURE,
				KeyUse.ENCRYPTION);
		assertThat(document.get("fingerprint").asString())
			.isEqualTo(keys.getKeys().stream().filter(k -> KeyUse.SIGNATURE.equals(k.getKeyUse())).findFirst().orElseThrow().getKeyID());
	}

	@Test
	@Order(2)
	void pairingWithAWrongFingerprintIsRefusedWithAClearMessageAndAudited() {
		String wrong = fingerprint(se).substring(0, 42) + (fingerprint(se).endsWith("A") ? "B" : "A");
		HttpResponse<String> refused = postJson(lvPort, lvToken, "/api/v1/cooperation/partners",
				"{\"baseUrl\":\"http://localhost:" + sePort + "\",\"fingerprint\":\"" + wrong + "\"}");
		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode problem = JSON.readTree(refused.body());
		assertThat(problem.get("code").asString()).isEqualTo("partner-fingerprint-mismatch");
		assertThat(problem.get("detail").asString()).contains(wrong).contains(fingerprint(se));
		assertThat(problem.get("actualFingerprint").asString()).isEqualTo(fingerprint(se));
		assertThat(audit(lv, "COOPERATION_PARTNER_REFUSED")).isNotEmpty();

		HttpResponse<String> unreachable = postJson(lvPort, lvToken, "/api/v1/cooperation/partners",
				"{\"baseUrl\":\"http://localhost:" + freePort() + "\",\"fingerprint\":\"" + fingerprint(se) + "\"}");
		assertThat(unreachable.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(unreachable.body()).get("code").asString()).isEqualTo("partner-unreachable");

		HttpResponse<String> invalid = postJson(lvPort, lvToken, "/api/v1/cooperation/partners",
				"{\"baseUrl\":\"ftp://example\",\"fingerprint\":\"short\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
	}

	@Test
	@Order(3)
	void pairingWithTheRightFingerprintPinsThePartnerOnBothSides() {
		HttpResponse<String> added = postJson(sePort, seToken, "/api/v1/cooperation/partners",
				"{\"baseUrl\":\"http://localhost:" + lvPort + "/\",\"fingerprint\":\"" + fingerprint(lv) + "\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode partner = JSON.readTree(added.body());
		assertThat(partner.propertyNames()).containsExactly("nodeId", "country", "name", "baseUrl", "fingerprint",
				"status");
		assertThat(partner.get("nodeId").asString()).isEqualTo(nodeId(lv).toString());
		assertThat(partner.get("country").asString()).isEqualTo("LV");
		assertThat(partner.get("baseUrl").asString()).isEqualTo("http://localhost:" + lvPort);
		assertThat(partner.get("status").asString()).isEqualTo("ACTIVE");

		assertThat(postJson(lvPort, lvToken, "/api/v1/cooperation/partners",
				"{\"baseUrl\":\"http://localhost:" + sePort + "\",\"fingerprint\":\"" + fingerprint(se) + "\"}")
			.statusCode()).isEqualTo(201);
		HttpResponse<String> again = postJson(lvPort, lvToken, "/api/v1/cooperation/partners",
				"{\"baseUrl\":\"http://localhost:" + sePort + "\",\"fingerprint\":\"" + fingerprint(se) + "\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(get(lvPort, "/api/v1/cooperation/partners", lvToken).body())).hasSize(1);
		assertThat(audit(se, "COOPERATION_PARTNER_ADDED")).hasSize(1);
	}

	@Test
	@Order(4)
	void aPingIsDeliveredStoredOnceAndMarkedDeliveredByTheSignedReceipt() {
		UUID messageId = AsAdmin.call(() -> se.getBean(Cooperation.class).ping(nodeId(lv)));
		awaitState(se, messageId, DeliveryState.DELIVERED);
		assertThat(inboxCount(lv, messageId)).isEqualTo(1);
		assertThat(audit(lv, "COOPERATION_MESSAGE_RECEIVED")).anySatisfy(
				entry -> assertThat(entry.recordId()).isEqualTo(messageId.toString()));
		assertThat(audit(se, "COOPERATION_MESSAGE_DELIVERED")).anySatisfy(
				entry -> assertThat(entry.recordId()).isEqualTo(messageId.toString()));
	}

	@Test
	@Order(5)
	void aReplayedMessageIsAcknowledgedWithTheSameReceiptAndNotProcessedTwice() throws Exception {
		UUID messageId = UUID.randomUUID();
		String sealed = sealFromSe(envelope(messageId, nodeId(se), nodeId(lv), Instant.now(), "PING",
				Map.of("text", "replay")), signingKey(se));
		HttpResponse<String> first = federation(lvPort, sealed);
		HttpResponse<String> second = federation(lvPort, sealed);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/jose");
		assertThat(inboxCount(lv, messageId)).isEqualTo(1);
		assertThat(lv.getBean(JdbcClient.class)
			.sql("SELECT deliveries FROM cooperation.inbox WHERE message_id = ?")
			.param(messageId)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(audit(lv, "COOPERATION_MESSAGE_RECEIVED")).filteredOn(e -> messageId.toString().equals(e.recordId()))
			.hasSize(1);
		assertThat(audit(lv, "COOPERATION_MESSAGE_REPEATED")).filteredOn(e -> messageId.toString().equals(e.recordId()))
			.hasSize(1);
	}

	@Test
	@Order(6)
	void badMessagesAreRefusedAndAudited() throws Exception {
		int refusedBefore = audit(lv, "COOPERATION_MESSAGE_REFUSED").size();
		UUID seId = nodeId(se);
		UUID lvId = nodeId(lv);

		String valid = sealFromSe(envelope(UUID.randomUUID(), seId, lvId, Instant.now(), "PING", Map.of()),
				signingKey(se));
		assertRefused(federation(lvPort, tamper(valid)), 400, "federation-undecryptable");

		ECKey stranger = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.ES256)
			.keyIDFromThumbprint(true)
			.generate();
		assertRefused(federation(lvPort, sealFromSe(envelope(UUID.randomUUID(), seId, lvId, Instant.now(), "PING",
				Map.of()), stranger)), 403, "federation-unknown-key");
		assertRefused(federation(lvPort, sealFromSe(envelope(UUID.randomUUID(), UUID.randomUUID(), lvId,
				Instant.now(), "PING", Map.of()), stranger)), 403, "federation-unknown-sender");
		assertRefused(federation(lvPort, sealFromSe(envelope(UUID.randomUUID(), seId, UUID.randomUUID(),
				Instant.now(), "PING", Map.of()), signingKey(se))), 422, "federation-wrong-recipient");
		assertRefused(federation(lvPort, sealFromSe(envelope(UUID.randomUUID(), seId, lvId,
				Instant.now().minus(Duration.ofHours(1)), "PING", Map.of()), signingKey(se))), 422,
				"federation-outside-time-window");
		assertRefused(federation(lvPort, sealFromSe(envelope(UUID.randomUUID(), seId, lvId, Instant.now(), "PING",
				Map.of("text", 42, "child", "x")), signingKey(se))), 422, "federation-invalid-payload");
		assertRefused(federation(lvPort, sealFromSe(envelope(UUID.randomUUID(), seId, lvId, Instant.now(),
				"NO_SUCH_TYPE", Map.of()), signingKey(se))), 422, "federation-unknown-type");
		assertRefused(federation(lvPort, "x".repeat(1024 * 1024 + 10)), 413, "payload-too-large");
		assertRefused(federation(lvPort, "not a JWE"), 400, "federation-undecryptable");

		assertThat(audit(lv, "COOPERATION_MESSAGE_REFUSED")).hasSizeGreaterThanOrEqualTo(refusedBefore + 9);
		assertThat(lv.getBean(JdbcClient.class).sql("SELECT count(*) FROM cooperation.inbox").query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	@Order(7)
	void aSuspendedPartnersMessagesAreRefusedAndOursWaitUntilItIsReactivated() throws Exception {
		HttpResponse<String> suspended = postJson(lvPort, lvToken,
				"/api/v1/cooperation/partners/" + nodeId(se) + "/suspension", "");
		assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
		assertThat(JSON.readTree(suspended.body()).get("status").asString()).isEqualTo("SUSPENDED");
		assertRefused(federation(lvPort, sealFromSe(envelope(UUID.randomUUID(), nodeId(se), nodeId(lv),
				Instant.now(), "PING", Map.of()), signingKey(se))), 403, "federation-partner-suspended");
		HttpResponse<String> reactivated = send(request(lvPort, "/api/v1/cooperation/partners/" + nodeId(se)
				+ "/suspension", lvToken).DELETE().build());
		assertThat(JSON.readTree(reactivated.body()).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(audit(lv, "COOPERATION_PARTNER_SUSPENDED")).hasSize(1);
	}

	@Test
	@Order(8)
	void aMessageToARecipientThatIsDownWaitsAndIsDeliveredWhenItComesBack() {
		lv.close();
		lv = null;
		UUID messageId = AsAdmin.call(() -> se.getBean(Cooperation.class).ping(nodeIdOfPartner()));
		await(() -> se.getBean(Cooperation.class).outgoing(messageId).attempts() >= 2, Duration.ofSeconds(20));
		OutgoingMessage waiting = se.getBean(Cooperation.class).outgoing(messageId);
		assertThat(waiting.state()).isEqualTo(DeliveryState.PENDING);
		assertThat(waiting.lastError()).startsWith("unreachable");

		lv = start("LV", lvPort);
		awaitState(se, messageId, DeliveryState.DELIVERED);
		assertThat(inboxCount(lv, messageId)).isEqualTo(1);
	}

	@Test
	@Order(9)
	void aRotatedKeyIsFollowedByTheRefreshBecauseThePinnedKeySignsTheNewDocument() {
		String before = fingerprint(lv);
		HttpResponse<String> rotated = postJson(lvPort, token(lvPort), "/api/v1/cooperation/keys/rotation", "");
		assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
		String after = fingerprint(lv);
		assertThat(after).isNotEqualTo(before);
		HttpResponse<String> refreshed = postJson(sePort, seToken,
				"/api/v1/cooperation/partners/" + nodeId(lv) + "/key-refresh", "{}");
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		assertThat(JSON.readTree(refreshed.body()).get("fingerprint").asString()).isEqualTo(after);
		UUID messageId = AsAdmin.call(() -> se.getBean(Cooperation.class).ping(nodeId(lv)));
		awaitState(se, messageId, DeliveryState.DELIVERED);
	}

	// --- helpers ---

	private UUID nodeIdOfPartner() {
		return AsAdmin.call(() -> se.getBean(Cooperation.class).partners()).get(0).nodeId();
	}

	private ConfigurableApplicationContext start(String country, int port) {
		return TestNodes.start("cooperation-" + country + "-" + run, country, port, PASSWORD);
	}

	private static int freePort() {
		return TestNodes.freePort();
	}

	private static String fingerprint(ConfigurableApplicationContext node) {
		return TestNodes.fingerprint(node);
	}

	private static UUID nodeId(ConfigurableApplicationContext node) {
		return TestNodes.nodeId(node);
	}

	private static ECKey signingKey(ConfigurableApplicationContext node) {
		return node.getBean(NodeKeys.class).signingKey();
	}

	private Envelope envelope(UUID messageId, UUID sender, UUID recipient, Instant sentAt, String type,
			Map<String, Object> payload) {
		return new Envelope(messageId, UUID.randomUUID(), null, type, sender, recipient, sentAt, "test",
				JSON.valueToTree(payload));
	}

	/** Seals with the Latvian node's published encryption key, as a partner would. */
	private String sealFromSe(Envelope envelope, ECKey signingKey) throws Exception {
		JWKSet keys = JWKSet.parse(JSON.readTree(get(lvPort, "/.well-known/protect-node", null).body())
			.get("keys")
			.toString());
		ECKey encryption = keys.getKeys()
			.stream()
			.filter(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()))
			.map(ECKey.class::cast)
			.findFirst()
			.orElseThrow();
		return se.getBean(MessageSealer.class).seal(envelope, signingKey, encryption);
	}

	/** Changes one character of the ciphertext part of a compact JWE. */
	private static String tamper(String jwe) {
		String[] parts = jwe.split("\\.");
		char[] ciphertext = parts[3].toCharArray();
		int i = ciphertext.length / 2;
		ciphertext[i] = ciphertext[i] == 'A' ? 'B' : 'A';
		parts[3] = new String(ciphertext);
		return String.join(".", parts);
	}

	private static void assertRefused(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo(code);
	}

	private static List<AuditEntry> audit(ConfigurableApplicationContext node, String action) {
		return TestNodes.audit(node, action);
	}

	private static long inboxCount(ConfigurableApplicationContext node, UUID messageId) {
		return node.getBean(JdbcClient.class)
			.sql("SELECT count(*) FROM cooperation.inbox WHERE message_id = ?")
			.param(messageId)
			.query(Long.class)
			.single();
	}

	private static void awaitState(ConfigurableApplicationContext node, UUID messageId, DeliveryState state) {
		await(() -> node.getBean(Cooperation.class).outgoing(messageId).state() == state, Duration.ofSeconds(60));
		assertThat(node.getBean(Cooperation.class).outgoing(messageId).state()).isEqualTo(state);
	}

	private static void await(Supplier<Boolean> condition, Duration timeout) {
		TestNodes.await(condition, timeout);
	}

	private String token(int port) {
		return TestNodes.token(port, "admin", PASSWORD);
	}

	private HttpRequest.Builder request(int port, String path, String token) {
		return TestNodes.request(port, path, token);
	}

	private HttpResponse<String> get(int port, String path, String token) {
		return TestNodes.get(port, token, path);
	}

	private HttpResponse<String> postJson(int port, String token, String path, String json) {
		return TestNodes.postJson(port, token, path, json);
	}

	private HttpResponse<String> federation(int port, String body) {
		return send(request(port, "/federation/v1/messages", null).header("Content-Type", "application/jose")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		return TestNodes.send(request);
	}

}
