package org.protect.cooperation.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * The signed side of the benchmark: a caseworker on the Swedish node commits information requests to the
 * Latvian node through the API, and the figures are read afterwards from both databases, where the nodes
 * wrote them: {@code outbox.created_at} (taken in the transaction that commits the request),
 * {@code inbox.sent_at} on the partner (the dispatcher's clock when it began the attempt that was stored;
 * it is in the signed envelope), and {@code outbox.delivered_at} (when the signed receipt had been
 * verified). All three come from the Swedish node's clock, on the one machine.
 */
final class SignedMessages {

	private static final String LEGAL_BASIS = "Hague 1996 art. 32";

	private final BenchNode se;

	private final BenchNode lv;

	private final String caseworker;

	private final String lvNodeId;

	private final List<String> cases = new ArrayList<>();

	SignedMessages(BenchNode se, BenchNode lv, String caseworker) {
		this.se = se;
		this.lv = lv;
		this.caseworker = caseworker;
		this.lvNodeId = lv.identity().get("nodeId").asString();
	}

	/** One synthetic case per client thread, so that no two threads write about the same child. */
	void openCases(int count) {
		String[] given = { "Мирослава", "Олена", "Андрій", "Богдан", "Ірина", "Тарас", "Оксана", "Дмитро" };
		for (int i = 0; i < count; i++) {
			String body = """
					{"givenName": "%s", "familyName": "Бондаренко", "sex": "%s", "birthYear": %d,
					 "nationalityClaimed": "UA"}""".formatted(given[i % given.length], i % 2 == 0 ? "F" : "M",
					LocalDate.now().getYear() - 10 - i % 6);
			cases.add(BenchNode.JSON.readTree(BenchNode.expect(201, se.postJson(caseworker, "/api/v1/cases", body)))
				.get("id")
				.asString());
		}
	}

	/** What the API answered while requests were committed, seen from the client. */
	record Commits(int created, long[] clientMicros, double seconds, Map<Integer, Long> errorsByStatus) {
	}

	/** Commits {@code count} requests from {@code threads} client threads, as fast as the node takes them. */
	Commits commit(int count, int threads) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();
		long[] micros = new long[count];
		Map<Integer, Long> errors = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long started = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			String caseId = cases.get(t % cases.size());
			pool.execute(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					long t0 = System.nanoTime();
					int status;
					try {
						status = request(caseId, i).statusCode();
					}
					catch (RuntimeException ex) {
						status = -1;
					}
					micros[i] = (System.nanoTime() - t0) / 1000;
					if (status == 201) {
						created.incrementAndGet();
					}
					else {
						errors.merge(status, 1L, Long::sum);
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.DAYS);
		return new Commits(created.get(), micros, (System.nanoTime() - started) / 1e9, errors);
	}

	private HttpResponse<String> request(String caseId, int n) {
		return se.postJson(caseworker, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "%s",
				 "message": "Synthetic benchmark request %d: please send a social report on the family"}"""
			.formatted(caseId, lvNodeId, LEGAL_BASIS, n));
	}

	/** The newest commit time in the outbox: messages committed later are the next run's. */
	Instant mark() throws Exception {
		try (Connection db = se.database(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT max(created_at) FROM cooperation.outbox")) {
			rs.next();
			Timestamp newest = rs.getTimestamp(1);
			return newest == null ? Instant.EPOCH : newest.toInstant();
		}
	}

	/** Waits until every message committed after {@code mark} is delivered or failed; prints progress. */
	void awaitSettled(Instant mark, int expected, long timeoutSeconds) throws Exception {
		long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
		long lastReport = System.nanoTime();
		try (Connection db = se.database(); PreparedStatement query = db.prepareStatement("""
				SELECT count(*) FILTER (WHERE state = 'DELIVERED'), count(*) FILTER (WHERE state = 'FAILED')
				FROM cooperation.outbox WHERE created_at > ?""")) {
			query.setTimestamp(1, Timestamp.from(mark));
			while (true) {
				long delivered;
				long failed;
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					delivered = rs.getLong(1);
					failed = rs.getLong(2);
				}
				if (delivered + failed >= expected) {
					return;
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("after %d s only %d of %d delivered, %d failed"
						.formatted(timeoutSeconds, delivered, expected, failed));
				}
				if (System.nanoTime() - lastReport > 60_000_000_000L) {
					System.out.printf("  … %,d of %,d delivered%n", delivered, expected);
					lastReport = System.nanoTime();
				}
				Thread.sleep(200);
			}
		}
	}

	/** One message's times, in microseconds since the epoch; {@code sent} is 0 when the partner has no row. */
	record Message(UUID id, UUID conversationId, long created, long sent, long delivered, int attempts, String state,
			int payloadLength) {
	}

	/** The messages committed after {@code mark}, by commit time, with their partner-side send times. */
	List<Message> read(Instant mark) throws Exception {
		Map<UUID, Long> sent = new HashMap<>();
		try (Connection db = lv.database(); Statement statement = db.createStatement();
				ResultSet rs = statement.executeQuery("SELECT message_id, sent_at FROM cooperation.inbox")) {
			while (rs.next()) {
				sent.put(rs.getObject(1, UUID.class), micros(rs.getTimestamp(2)));
			}
		}
		List<Message> messages = new ArrayList<>();
		try (Connection db = se.database(); PreparedStatement query = db.prepareStatement("""
				SELECT message_id, conversation_id, created_at, delivered_at, attempts, state, length(payload)
				FROM cooperation.outbox WHERE created_at > ?""")) {
			query.setTimestamp(1, Timestamp.from(mark));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					UUID id = rs.getObject(1, UUID.class);
					messages.add(new Message(id, rs.getObject(2, UUID.class), micros(rs.getTimestamp(3)),
							sent.getOrDefault(id, 0L), micros(rs.getTimestamp(4)), rs.getInt(5), rs.getString(6),
							rs.getInt(7)));
				}
			}
		}
		messages.sort(Comparator.comparingLong(Message::created));
		return messages;
	}

	/** What the sample message needs: type, legal basis and payload of a delivered message. */
	record Stored(String type, String legalBasis, String payload) {
	}

	/**
	 * The type, legal basis and payload of a delivered message. The payload is sealed at rest: it is read as
	 * the case team sees it, through the request's thread.
	 */
	Stored stored(UUID messageId) throws Exception {
		String type;
		String legalBasis;
		UUID request;
		try (Connection db = se.database(); PreparedStatement query = db.prepareStatement("""
				SELECT o.type, o.legal_basis, r.id FROM cooperation.outbox o
				JOIN cooperation.request r ON r.conversation_id = o.conversation_id AND r.direction = 'OUTGOING'
				WHERE o.message_id = ?""")) {
			query.setObject(1, messageId);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				type = rs.getString(1);
				legalBasis = rs.getString(2);
				request = rs.getObject(3, UUID.class);
			}
		}
		HttpResponse<String> thread = BenchNode.send(HttpRequest.newBuilder(
				URI.create(se.baseUrl() + "/api/v1/cooperation/requests/" + request))
			.header("Authorization", "Bearer " + caseworker)
			.GET()
			.build());
		JsonNode payload = BenchNode.JSON.readTree(BenchNode.expect(200, thread)).get("messages").get(0).get("payload");
		return new Stored(type, legalBasis, BenchNode.JSON.writeValueAsString(payload));
	}

	/**
	 * Requests one at a time on an otherwise idle pair: each after a random pause of up to one dispatch
	 * interval (so that commits do not fall at the same point of the dispatcher's cycle), and the next only
	 * when this one's receipt is in.
	 */
	void paced(int count, long maxPauseMillis, long seed) throws Exception {
		Random random = new Random(seed);
		try (Connection db = se.database(); PreparedStatement query = db.prepareStatement("""
				SELECT o.state FROM cooperation.outbox o JOIN cooperation.request r ON r.conversation_id = o.conversation_id
				WHERE r.id = ?""")) {
			for (int i = 0; i < count; i++) {
				Thread.sleep(random.nextLong(maxPauseMillis + 1));
				HttpResponse<String> created = request(cases.get(i % cases.size()), 1_000_000 + i);
				UUID id = UUID.fromString(BenchNode.JSON.readTree(BenchNode.expect(201, created)).get("id").asString());
				query.setObject(1, id);
				long deadline = System.nanoTime() + 120_000_000_000L;
				while (true) {
					String state = null;
					try (ResultSet rs = query.executeQuery()) {
						if (rs.next()) {
							state = rs.getString(1);
						}
					}
					if ("DELIVERED".equals(state) || "FAILED".equals(state)) {
						break;
					}
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("paced request " + id + " not delivered in 120 s");
					}
					Thread.sleep(5);
				}
			}
		}
	}

	private static long micros(Timestamp timestamp) {
		if (timestamp == null) {
			return 0;
		}
		Instant instant = timestamp.toInstant();
		return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
	}

}
