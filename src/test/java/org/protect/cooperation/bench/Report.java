package org.protect.cooperation.bench;

import java.util.List;
import java.util.function.ToLongFunction;

import org.protect.cooperation.bench.SignedMessages.Commits;
import org.protect.cooperation.bench.SignedMessages.Message;
import tools.jackson.databind.JsonNode;

/**
 * Prints the messaging benchmark's figures, each with what it includes, and the ratios of the signed to
 * the plain side.
 */
final class Report {

	/** The shipped dispatcher settings ({@code application.properties}, {@code CooperationProperties}). */
	private static final long SHIPPED_INTERVAL_MILLIS = 5000;

	private static final int SHIPPED_BATCH = 50;

	private final int requests;

	private final int threads;

	private final long intervalMillis;

	private final int batch;

	private double signedEndToEnd;

	private double signedDispatcher;

	private double commitsPerSecond;

	private Latencies commitToReceipt;

	private Latencies attempt;

	private Latencies calmCommitToReceipt;

	private double plainPerSecond;

	private Latencies plainPost;

	private Latencies plainReplayed;

	Report(int requests, int threads, long intervalMillis, int batch) {
		this.requests = requests;
		this.threads = threads;
		this.intervalMillis = intervalMillis;
		this.batch = batch;
	}

	void signed(Commits commits, List<Message> burst, List<Message> calm, int payloadBytes, int sealedBytes) {
		List<Message> delivered = burst.stream().filter(m -> "DELIVERED".equals(m.state())).toList();
		long failed = burst.size() - delivered.size();
		long retried = delivered.stream().filter(m -> m.attempts() > 1).count();
		List<Message> split = delivered.stream().filter(m -> m.sent() > 0).toList();
		long firstCreated = delivered.stream().mapToLong(Message::created).min().orElseThrow();
		long lastCreated = delivered.stream().mapToLong(Message::created).max().orElseThrow();
		long firstSent = split.stream().mapToLong(Message::sent).min().orElseThrow();
		long lastDelivered = delivered.stream().mapToLong(Message::delivered).max().orElseThrow();
		int n = delivered.size();
		signedEndToEnd = n / ((lastDelivered - firstCreated) / 1e6);
		signedDispatcher = n / ((lastDelivered - firstSent) / 1e6);
		commitToReceipt = of(delivered, m -> m.delivered() - m.created());
		attempt = of(split, m -> m.delivered() - m.sent());

		System.out.printf("%n== Signed and encrypted, stored exactly once: Swedish node -> Latvian node ==%n");
		System.out.printf("Dispatcher: one scheduled task per node, one message at a time; dispatch-interval %d ms, "
				+ "dispatch-batch %d (shipped: %d ms, %d); retry settings as shipped.%n", intervalMillis, batch,
				SHIPPED_INTERVAL_MILLIS, SHIPPED_BATCH);
		System.out.printf("Committed %,d of %,d requests through the API from %d client threads in %.1f s "
				+ "(%.0f requests/s); API errors: %s%n", commits.created(), requests, threads, commits.seconds(),
				commits.created() / commits.seconds(), commits.errorsByStatus().isEmpty() ? "none"
						: commits.errorsByStatus());
		System.out.printf("Delivered %,d; failed %d; delivered only after a retry %d; the sealed message: %,d bytes "
				+ "(payload %,d bytes of JSON)%n", n, failed, retried, sealedBytes, payloadBytes);
		System.out.printf("Throughput, messages/s:%n");
		System.out.printf("  %-60s %8.1f%n", "end to end (first commit -> last receipt)", signedEndToEnd);
		System.out.printf("  %-60s %8.1f%n", "dispatcher busy (first send -> last receipt)", signedDispatcher);
		commitsPerSecond = n / ((lastCreated - firstCreated) / 1e6);
		System.out.printf("  %-60s %8.1f%n", "commits (first -> last outbox.created_at)", commitsPerSecond);
		System.out.println(Latencies.header());
		System.out.println(commitToReceipt.row("burst: commit -> receipt"));
		System.out.println(of(split, m -> m.sent() - m.created()).row("  waiting in the outbox (commit -> send)"));
		System.out.println(attempt.row("  delivery attempt (send -> receipt)"));
		if (!calm.isEmpty()) {
			List<Message> calmDelivered = calm.stream().filter(m -> m.sent() > 0).toList();
			calmCommitToReceipt = of(calmDelivered, m -> m.delivered() - m.created());
			System.out.println(calmCommitToReceipt.row("paced, one at a time: commit -> receipt"));
			System.out.println(of(calmDelivered, m -> m.sent() - m.created()).row("  waiting for the dispatcher's run"));
			System.out.println(of(calmDelivered, m -> m.delivered() - m.sent()).row("  delivery attempt (send -> receipt)"));
		}
		System.out.println(Latencies.of(commits.clientMicros()).row("API call that commits (client side, burst)"));
		System.out.printf("The dispatcher spent %.1f ms per message (1 ÷ its throughput); the delivery attempt took %.1f ms "
				+ "of it on average, the rest went to claiming and marking the row (transactions, audit, fsync).%n",
				1000 / signedDispatcher, attempt.meanMillis());
		double perMessage = attempt.meanMillis() / 1000;
		System.out.printf("With the shipped settings (%d per run, %d ms between runs) the dispatcher could deliver "
				+ "at most about %.0f messages/s (estimated from the mean attempt, not measured).%n", SHIPPED_BATCH,
				SHIPPED_INTERVAL_MILLIS, SHIPPED_BATCH / (SHIPPED_INTERVAL_MILLIS / 1000.0 + SHIPPED_BATCH * perMessage));
	}

	void plain(PlainPosts.Result backToBack, PlainPosts.Result replayed, long failures, JsonNode held,
			long expectedPosts, int bodyBytes) {
		plainPerSecond = backToBack.perSecond();
		plainPost = Latencies.of(backToBack.micros());
		plainReplayed = Latencies.of(replayed.micros());
		System.out.printf("%n== Plain unsigned HTTP POST of %,d bytes, one sender, to a JDK HttpServer keeping bodies "
				+ "in memory ==%n", bodyBytes);
		System.out.printf("Throughput back to back: %.1f posts/s; failed posts: %d; the receiver holds %,d bodies, "
				+ "%,d bytes (expected %,d, %,d)%n", plainPerSecond, failures, held.get("count").asLong(),
				held.get("bytes").asLong(), expectedPosts, expectedPosts * bodyBytes);
		System.out.println(Latencies.header());
		System.out.println(plainPost.row("back to back: post -> 200"));
		System.out.println(plainReplayed.row("at the burst's commit times: due -> 200"));
	}

	void ratios() {
		System.out.printf("%n== Signed ÷ plain ==%n");
		System.out.printf("%-46s %12s %12s %14s%n", "", "signed", "plain", "signed ÷ plain");
		ratio("throughput, dispatcher busy, messages/s", signedDispatcher, plainPerSecond);
		ratio("throughput, end to end, messages/s", signedEndToEnd, plainPerSecond);
		for (int p : new int[] { 50, 95, 99 }) {
			ratio("p" + p + " ms, delivery attempt vs post", attempt.percentileMillis(p), plainPost.percentileMillis(p));
		}
		for (int p : new int[] { 50, 95, 99 }) {
			ratio("p" + p + " ms, burst commit->receipt vs due->200", commitToReceipt.percentileMillis(p),
					plainReplayed.percentileMillis(p));
		}
		if (calmCommitToReceipt != null) {
			ratio("p50 ms, paced commit->receipt vs post", calmCommitToReceipt.percentileMillis(50),
					plainPost.percentileMillis(50));
		}
	}

	private static void ratio(String label, double signed, double plain) {
		System.out.printf("%-46s %12.1f %12.1f %14.3f%n", label, signed, plain, signed / plain);
	}

	void notes() {
		System.out.printf("""

				What the figures include:
				- commit -> receipt runs from outbox.created_at, taken in the transaction that commits the request
				  (just before its commit), to outbox.delivered_at, taken when the partner's signed receipt had been
				  verified. In between: waiting in the outbox (behind earlier messages, and for the dispatcher's next
				  run, every %d ms), claiming the row (FOR UPDATE SKIP LOCKED), signing (ES256) and encrypting
				  (ECDH-ES+A256KW, A256GCM), the post on loopback, and on the partner decryption, signature check,
				  validation, the exactly-once insert into its inbox, opening the incoming request, audit entries
				  on its hash chain, the signed receipt and a commit with fsync; then the receipt's check.
				- Not in it: the caseworker's API call up to the commit (shown apart, client side); marking the row
				  delivered, its audit entry and the request's state change, which follow delivered_at in the
				  dispatcher's transaction. They limit the throughput, not the latency: the next message is claimed
				  after them.
				- The two parts are split at inbox.sent_at, the dispatcher's clock when it began the attempt (it is
				  signed in the envelope). All three times come from the Swedish node's clock.
				- %s
				- Paced requests show one message on an idle pair; they wait on average half a dispatch interval
				  for the dispatcher's next run.
				- End-to-end throughput shares the two cores with the commits for its first part; the dispatcher's
				  is measured from its first send.
				- plain: a JDK HttpClient set up as the dispatcher's (one thread, keep-alive, same headers) posting
				  the same-size body to a JDK HttpServer in another JVM that keeps it in memory and answers 200 with
				  no body. No crypto, no database, no fsync, no commits running alongside. "At the burst's commit
				  times": post i is due when signed message i was committed, and waits if the sender is busy.
				- Everything ran on one machine: two nodes (JVM and PostgreSQL each, fsync on), the harness (API
				  client threads, polling the database every 200 ms) and the plain receiver shared %d cores.
				""", intervalMillis, burstNote(), Runtime.getRuntime().availableProcessors());
	}

	private String burstNote() {
		if (commitsPerSecond > signedDispatcher) {
			return """
					The burst's latencies are mostly queueing: the requests were committed faster (%.0f/s)
					  than one dispatcher delivers them (%.0f/s), so the last waited behind all the others."""
				.formatted(commitsPerSecond, signedDispatcher);
		}
		return """
				The requests were committed (%.0f/s) no faster than the dispatcher delivers (%.0f/s): the
				  burst measured the commits more than the messaging.""".formatted(commitsPerSecond, signedDispatcher);
	}

	private static Latencies of(List<Message> messages, ToLongFunction<Message> micros) {
		return Latencies.of(messages.stream().mapToLong(micros).toArray());
	}

}
