package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exchange when nodes die the hard way ({@code kill -9}) or the network loses what a node answered.
 * A Swedish and a Latvian node run as processes of their own, each with its embedded PostgreSQL; the
 * Swedish node reaches the Latvian one through a {@link LossyProxy}, so a test can hold back or lose the
 * Latvian node's answers at the moment it chooses: after the message is stored, before the sender hears
 * of it. Whatever happens, every message must arrive, be stored and processed exactly once, and the
 * sender must learn that it arrived. The messages are real cross-border requests, sent by a caseworker
 * through the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CooperationCrashIntegrationTests {

	private static final String PASSWORD = "synthetic-cooperation-password-2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(120);

	private static final String ORPHAN_STOPPED = "Stopping orphaned PostgreSQL";

	private final String run = UUID.randomUUID().toString();

	private final NodeProcess se = new NodeProcess("crash-SE-" + run, "SE", TestNodes.freePort(), PASSWORD);

	private final NodeProcess lv = new NodeProcess("crash-LV-" + run, "LV", TestNodes.freePort(), PASSWORD);

	private final LossyProxy link = new LossyProxy(TestNodes.freePort(), lv.port());

	private String caseworkerSe;

	private String centralLv;

	private UUID lvNodeId;

	@BeforeAll
	void startAndPairBothNodes() {
		CompletableFuture<Void> latvia = CompletableFuture.runAsync(lv::start);
		se.start();
		latvia.join();
		JsonNode lvIdentity = JSON.readTree(TestNodes.get(lv.port(), null, "/.well-known/protect-node").body());
		JsonNode seIdentity = JSON.readTree(TestNodes.get(se.port(), null, "/.well-known/protect-node").body());
		lvNodeId = UUID.fromString(lvIdentity.get("nodeId").asString());
		// The Swedish node knows the Latvian one only by the proxy's address: everything it sends goes through.
		assertThat(pair(se, link.baseUrl(), lvIdentity).statusCode()).isEqualTo(201);
		assertThat(pair(lv, se.baseUrl(), seIdentity).statusCode()).isEqualTo(201);
		signIn();
	}

	@BeforeEach
	void bothNodesRunAndTheLinkForwards() {
		link.release();
		boolean restarted = false;
		for (NodeProcess node : List.of(se, lv)) {
			if (!node.isAlive()) {
				node.start();
				restarted = true;
			}
		}
		if (restarted) {
			signIn();
		}
	}

	@AfterAll
	void stopEverything() {
		link.close();
		CompletableFuture<Void> latvia = CompletableFuture.runAsync(lv::close);
		try {
			se.close();
		}
		finally {
			latvia.join();
		}
	}

	@Test
	@Order(1)
	void aSenderKilledInTheMiddleOfABatchDeliversEveryMessageExactlyOnceAfterItsRestart() {
		List<UUID> batch = queueBatch(200);
		link.forward();
		awaitAtLeast(() -> inbox(batch).size(), batch.size() / 3);
		link.holdAnswers();
		awaitAtLeast(link::held, 1);

		// Frozen: the partner stored a message and answered; the answer has not reached the sender.
		Set<UUID> inFlight = storedButPending(batch);
		assertThat(inFlight).as("messages the partner stored and the sender still has pending").hasSize(1);
		assertThat(outbox(batch)).filteredOn(sent -> sent.state().equals("PENDING")).hasSizeGreaterThan(1);
		ProcessHandle database = se.postmaster().orElseThrow();
		se.kill();
		assertThat(database.isAlive()).as("the killed node's PostgreSQL, left behind").isTrue();
		link.forward();

		se.start();
		signIn();
		assertThat(database.isAlive()).as("the orphaned PostgreSQL, after the restart").isFalse();
		assertThat(se.output()).contains(ORPHAN_STOPPED);

		List<Received> received = awaitEachDeliveredAndStoredOnce(batch);
		assertThat(received).filteredOn(r -> inFlight.contains(r.messageId()))
			.as("the message in flight at the kill was sent again and acknowledged, not stored again")
			.singleElement()
			.satisfies(r -> assertThat(r.deliveries()).isGreaterThanOrEqualTo(2));
		assertThat(requestStates(se, batch)).as("the sender's requests").containsOnlyKeys(batch).allSatisfy(
				(conversation, state) -> assertThat(state).isEqualTo("DELIVERED"));
		assertAuditChainHolds(se);
	}

	@Test
	@Order(2)
	void aRecipientWhoseAnswersAreLostAnswersEachRepeatWithTheReceiptItStoredAndProcessesNothingTwice() {
		link.loseAnswers();
		List<UUID> batch = sendRequests(openCase(), 20);
		awaitAtLeast(() -> inbox(batch).size(), batch.size());
		assertThat(outbox(batch)).as("every message stored by the partner, not one acknowledged")
			.allSatisfy(sent -> {
				assertThat(sent.state()).isEqualTo("PENDING");
				assertThat(sent.lastError()).startsWith("unreachable");
			});
		assertThat(link.lost()).isGreaterThanOrEqualTo(batch.size());
		link.forward();

		List<Received> received = awaitEachDeliveredAndStoredOnce(batch);
		Map<UUID, String> receipts = outbox(batch).stream()
			.collect(Collectors.toMap(Sent::messageId, Sent::receipt));
		assertThat(received).allSatisfy(
				r -> assertThat(r.deliveries()).as("deliveries of " + r.messageId()).isGreaterThanOrEqualTo(2));
		assertThat(received).filteredOn(r -> !r.receipt().equals(receipts.get(r.messageId())))
			.extracting(Received::messageId)
			.as("messages whose sender holds another receipt than the one the partner stored")
			.isEmpty();
		assertThat(auditCounts(lv, "COOPERATION_MESSAGE_REPEATED", messageIds(received)))
			.containsOnlyKeys(messageIds(received));
		assertThat(outbox(batch)).allSatisfy(sent -> assertThat(sent.attempts()).isGreaterThanOrEqualTo(2));
	}

	@Test
	@Order(3)
	void aRecipientKilledBetweenStoringAMessageAndAnsweringGetsItAgainAfterItsRestartAndProcessesItOnce() {
		List<UUID> batch = queueBatch(60);
		link.forward();
		awaitAtLeast(() -> inbox(batch).size(), batch.size() / 3);
		link.holdAnswers();
		awaitAtLeast(link::held, 1);
		Set<UUID> inFlight = storedButPending(batch);
		assertThat(inFlight).hasSize(1);
		ProcessHandle database = lv.postmaster().orElseThrow();

		// Its answer dies with it.
		lv.kill();
		link.dropHeld();
		link.forward();
		lv.start();
		signIn();
		assertThat(database.isAlive()).isFalse();
		assertThat(lv.output()).contains(ORPHAN_STOPPED);

		List<Received> received = awaitEachDeliveredAndStoredOnce(batch);
		assertThat(received).filteredOn(r -> inFlight.contains(r.messageId()))
			.singleElement()
			.satisfies(r -> assertThat(r.deliveries()).isGreaterThanOrEqualTo(2));
		assertAuditChainHolds(lv);
	}

	@Test
	@Order(4)
	void anAnswerThatOvertakesTheReceiptOfItsRequestLeavesTheRequestAnsweredAndTheLateReceiptChangesNothing() {
		link.holdAnswers();
		JsonNode created = createRequest(openCase());
		String id = created.get("id").asString();
		UUID conversation = UUID.fromString(created.get("conversationId").asString());
		awaitAtLeast(link::held, 1);

		String incoming = awaitIncoming(conversation);
		HttpResponse<String> answered = TestNodes.postJson(lv.port(), centralLv,
				"/api/v1/cooperation/requests/" + incoming + "/answer",
				"{\"report\": \"Synthetic social report: the grandmother is able to care for him.\"}");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		await(() -> "ANSWERED".equals(requestState(id)), DELIVERY_TIMEOUT);
		assertThat(requestState(id)).isEqualTo("ANSWERED");
		assertThat(outbox(List.of(conversation))).singleElement()
			.as("the request's own receipt, still held back")
			.satisfies(sent -> assertThat(sent.state()).isEqualTo("PENDING"));

		link.release();
		await(() -> outbox(List.of(conversation)).get(0).state().equals("DELIVERED"), DELIVERY_TIMEOUT);
		assertThat(outbox(List.of(conversation))).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo("DELIVERED"));
		assertThat(requestState(id)).isEqualTo("ANSWERED");
		assertThat(auditCounts(se, "COOPERATION_REQUEST_ANSWER_RECEIVED", List.of(id))).containsExactly(
				Map.entry(id, 1L));
		assertThat(auditCounts(se, "COOPERATION_REQUEST_DELIVERED", List.of(id))).isEmpty();
		assertThat(inbox(List.of(conversation))).singleElement()
			.as("delivered once: the late receipt was the first one")
			.satisfies(r -> assertThat(r.deliveries()).isEqualTo(1));
	}

	// --- what the nodes hold ---

	/**
	 * Waits until the sender has every message of the batch delivered, then checks exactly-once on both
	 * sides: the partner stored each message once (and no other), audited its reception once and opened one
	 * request for each; the sender marked each delivered once.
	 */
	private List<Received> awaitEachDeliveredAndStoredOnce(List<UUID> batch) {
		await(() -> outbox(batch).stream().allMatch(sent -> sent.state().equals("DELIVERED")), DELIVERY_TIMEOUT);
		List<Sent> sent = outbox(batch);
		assertThat(sent).hasSize(batch.size())
			.allSatisfy(message -> assertThat(message.state()).as(message.toString()).isEqualTo("DELIVERED"));
		List<Received> received = inbox(batch);
		List<UUID> ids = sent.stream().map(Sent::messageId).toList();
		assertThat(received).extracting(Received::messageId).containsExactlyInAnyOrderElementsOf(ids);
		Map<String, Long> receptions = auditCounts(lv, "COOPERATION_MESSAGE_RECEIVED",
				ids.stream().map(UUID::toString).toList());
		assertThat(receptions).as("messages audited as received").hasSize(ids.size());
		assertThat(receptions.entrySet().stream().filter(reception -> reception.getValue() != 1).toList())
			.as("messages received (processed) more than once")
			.isEmpty();
		Map<String, Long> acknowledgements = auditCounts(se, "COOPERATION_MESSAGE_DELIVERED",
				ids.stream().map(UUID::toString).toList());
		assertThat(acknowledgements).as("messages the sender audited as delivered").hasSize(ids.size());
		assertThat(acknowledgements.entrySet().stream().filter(delivery -> delivery.getValue() != 1).toList())
			.as("messages the sender marked delivered more than once")
			.isEmpty();
		assertThat(lv.database()
			.sql("""
					SELECT count(*) FROM cooperation.request r JOIN cooperation.request_message m ON m.request_id = r.id
					WHERE r.direction = 'INCOMING' AND r.conversation_id = ANY(?::uuid[])""")
			.param(array(batch))
			.query(Long.class)
			.single()).as("incoming requests opened, one message each").isEqualTo(batch.size());
		return received;
	}

	/** Messages of the batch the partner has stored while the sender still has them pending. */
	private Set<UUID> storedButPending(List<UUID> batch) {
		Set<UUID> stored = inbox(batch).stream().map(Received::messageId).collect(Collectors.toSet());
		return outbox(batch).stream()
			.filter(sent -> sent.state().equals("PENDING") && stored.contains(sent.messageId()))
			.map(Sent::messageId)
			.collect(Collectors.toSet());
	}

	record Sent(UUID messageId, UUID conversationId, String state, int attempts, String lastError, String receipt) {
	}

	record Received(UUID messageId, UUID conversationId, int deliveries, String receipt) {
	}

	private List<Sent> outbox(List<UUID> conversations) {
		return se.database()
			.sql("""
					SELECT message_id, conversation_id, state, attempts, last_error, receipt FROM cooperation.outbox
					WHERE conversation_id = ANY(?::uuid[])""")
			.param(array(conversations))
			.query((rs, n) -> new Sent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getInt(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	private List<Received> inbox(List<UUID> conversations) {
		return lv.database()
			.sql("""
					SELECT message_id, conversation_id, deliveries, receipt FROM cooperation.inbox
					WHERE conversation_id = ANY(?::uuid[])""")
			.param(array(conversations))
			.query((rs, n) -> new Received(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
					rs.getString(4)))
			.list();
	}

	private static Map<UUID, String> requestStates(NodeProcess node, List<UUID> conversations) {
		return node.database()
			.sql("SELECT conversation_id, state FROM cooperation.request WHERE conversation_id = ANY(?::uuid[])")
			.param(array(conversations))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** How many audit entries of one action each record has (records without any are left out). */
	private static Map<String, Long> auditCounts(NodeProcess node, String action, List<String> records) {
		return node.database()
			.sql("""
					SELECT record_id, count(*) FROM audit.audit_entry WHERE action = ? AND record_id = ANY(?::text[])
					GROUP BY record_id""")
			.params(action, array(records))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static List<String> messageIds(List<Received> received) {
		return received.stream().map(r -> r.messageId().toString()).toList();
	}

	/** A PostgreSQL array literal of ids (UUIDs and our own UUID strings only: nothing to escape). */
	private static String array(List<?> values) {
		return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
	}

	private void assertAuditChainHolds(NodeProcess node) {
		String admin = TestNodes.token(node.port(), "admin", PASSWORD);
		JsonNode verification = JSON.readTree(TestNodes.get(node.port(), admin, "/api/v1/audit/verification").body());
		assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
	}

	// --- what the people do ---

	/**
	 * Queues a batch while the partner cannot be reached, so that the dispatcher then has all of it to work
	 * through at once.
	 */
	private List<UUID> queueBatch(int size) {
		link.refuse();
		List<UUID> batch = sendRequests(openCase(), size);
		assertThat(outbox(batch)).hasSize(size).allSatisfy(sent -> assertThat(sent.state()).isEqualTo("PENDING"));
		return batch;
	}

	/** Information requests on one case, sent at once (the team rule); their conversation ids. */
	private List<UUID> sendRequests(String caseId, int count) {
		List<UUID> conversations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			conversations.add(UUID.fromString(createRequest(caseId).get("conversationId").asString()));
		}
		return conversations;
	}

	private JsonNode createRequest(String caseId) {
		HttpResponse<String> created = TestNodes.postJson(se.port(), caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "Hague 1996 art. 32",
				 "message": "Synthetic: please send a social report on the family"}""".formatted(caseId, lvNodeId));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode request = JSON.readTree(created.body());
		assertThat(request.get("state").asString()).isEqualTo("SENT");
		return request;
	}

	private String openCase() {
		HttpResponse<String> created = TestNodes.postJson(se.port(), caseworkerSe, "/api/v1/cases", """
				{"givenName": "Тарас", "familyName": "Мельник", "sex": "M", "birthYear": %d,
				 "nationalityClaimed": "UA"}""".formatted(LocalDate.now().getYear() - 9));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JSON.readTree(created.body()).get("id").asString();
	}

	private String requestState(String id) {
		return JSON.readTree(TestNodes.get(se.port(), caseworkerSe, "/api/v1/cooperation/requests/" + id).body())
			.path("state")
			.asString();
	}

	/** The Latvian central authority's record of an incoming conversation, once it is there. */
	private String awaitIncoming(UUID conversation) {
		Supplier<Optional<String>> find = () -> JSON
			.readTree(TestNodes.get(lv.port(), centralLv, "/api/v1/cooperation/inbox").body())
			.valueStream()
			.filter(request -> conversation.toString().equals(request.get("conversationId").asString()))
			.map(request -> request.get("id").asString())
			.findFirst();
		await(() -> find.get().isPresent(), DELIVERY_TIMEOUT);
		return find.get().orElseThrow(() -> new AssertionError("incoming conversation " + conversation));
	}

	private static HttpResponse<String> pair(NodeProcess node, String partnerUrl, JsonNode partnerIdentity) {
		return TestNodes.postJson(node.port(), TestNodes.token(node.port(), "admin", PASSWORD),
				"/api/v1/cooperation/partners", "{\"baseUrl\":\"" + partnerUrl + "\",\"fingerprint\":\""
						+ partnerIdentity.get("fingerprint").asString() + "\"}");
	}

	private void signIn() {
		caseworkerSe = TestNodes.token(se.port(), "caseworker.se", PASSWORD);
		centralLv = TestNodes.token(lv.port(), "central.lv", PASSWORD);
	}

	private static void awaitAtLeast(Supplier<Integer> count, int least) {
		await(() -> count.get() >= least, DELIVERY_TIMEOUT);
		assertThat(count.get()).isGreaterThanOrEqualTo(least);
	}

	private static void await(Supplier<Boolean> condition, Duration timeout) {
		TestNodes.await(condition, timeout);
	}

}
