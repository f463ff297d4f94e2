package org.protect.cooperation.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;

import org.protect.cooperation.bench.SignedMessages.Commits;
import org.protect.cooperation.bench.SignedMessages.Message;
import tools.jackson.databind.JsonNode;

/**
 * The cross-border messaging benchmark. Pairs a running Swedish and Latvian node, then:
 * <ol>
 * <li>a warm-up: requests committed and delivered, not counted (both JVMs compile the paths first);</li>
 * <li>the burst: a caseworker commits {@code requests} information requests to the Latvian node from
 * several client threads, faster than they can be delivered; after the last receipt the harness reads
 * commit, send and receipt times per message from both databases;</li>
 * <li>paced: requests one at a time on the idle pair, each waiting for its receipt, for the latency a
 * caseworker meets when nothing is queued;</li>
 * <li>plain: as many unsigned HTTP posts of a sealed message's size to {@link PlainReceiver} from one
 * thread, back to back, and again at the burst's commit times;</li>
 * </ol>
 * and prints throughput, latency percentiles and the ratios, saying what each figure includes.
 * <p>
 * Usage: {@code CooperationBenchmark <se-url> <se-data-dir> <lv-url> <lv-data-dir> <plain-url> <password>
 * <requests> <client-threads> <warm-up> <paced> <dispatch-interval-ms> <dispatch-batch>}
 */
public final class CooperationBenchmark {

	private CooperationBenchmark() {
	}

	/** How busy the machine was: other work on it changes every figure here. */
	private static DoubleSummaryStatistics sampleLoad() {
		DoubleSummaryStatistics load = new DoubleSummaryStatistics();
		Thread sampler = new Thread(() -> {
			while (true) {
				try {
					double now = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
					synchronized (load) {
						load.accept(now);
					}
					Thread.sleep(10_000);
				}
				catch (IOException | RuntimeException ex) {
					return;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}, "load-sampler");
		sampler.setDaemon(true);
		sampler.start();
		return load;
	}

	public static void main(String[] args) throws Exception {
		BenchNode se = new BenchNode("SE", args[0], Path.of(args[1]));
		BenchNode lv = new BenchNode("LV", args[2], Path.of(args[3]));
		String plainUrl = args[4];
		String password = args[5];
		int requests = Integer.parseInt(args[6]);
		int threads = Integer.parseInt(args[7]);
		int warmUp = Integer.parseInt(args[8]);
		int paced = Integer.parseInt(args[9]);
		long intervalMillis = Long.parseLong(args[10]);
		int batch = Integer.parseInt(args[11]);

		DoubleSummaryStatistics load = sampleLoad();
		se.pairWith(lv, se.signIn("admin", password));
		lv.pairWith(se, lv.signIn("admin", password));
		SignedMessages signed = new SignedMessages(se, lv, se.signIn("caseworker.se", password));
		signed.openCases(threads);
		System.out.printf("Paired %s and %s; %d synthetic cases opened on the Swedish node.%n", se.baseUrl(),
				lv.baseUrl(), threads);

		Instant mark = signed.mark();
		Commits warm = signed.commit(warmUp, threads);
		signed.awaitSettled(mark, warm.created(), 1800);
		System.out.printf("Warm-up: %,d requests committed and delivered (not counted).%n", warm.created());

		System.out.printf("Burst: committing %,d requests from %d client threads…%n", requests, threads);
		mark = signed.mark();
		Commits commits = signed.commit(requests, threads);
		System.out.printf("  committed %,d in %.1f s; waiting for the receipts…%n", commits.created(),
				commits.seconds());
		signed.awaitSettled(mark, commits.created(), 3 * 3600);
		List<Message> burst = signed.read(mark);

		List<Message> calm = List.of();
		if (paced > 0) {
			System.out.printf("Paced: %d requests one at a time…%n", paced);
			mark = signed.mark();
			signed.paced(paced, intervalMillis, 20261201L);
			calm = signed.read(mark);
		}

		List<Message> delivered = burst.stream().filter(m -> "DELIVERED".equals(m.state())).toList();
		Message typical = delivered.stream()
			.sorted(Comparator.comparingInt(Message::payloadLength))
			.toList()
			.get(delivered.size() / 2);
		SignedMessages.Stored stored = signed.stored(typical.id());
		String body = SealedSample.seal(se.identity(), lv.identity(), typical.id(), typical.conversationId(),
				stored.type(), stored.legalBasis(), stored.payload());
		System.out.printf("Plain: %,d posts of %,d bytes back to back, then at the burst's commit times…%n",
				delivered.size(), body.length());
		PlainPosts plain = new PlainPosts(plainUrl, body);
		int plainWarmUp = Math.max(1000, warmUp);
		plain.backToBack(plainWarmUp);
		PlainPosts.Result backToBack = plain.backToBack(delivered.size());
		long first = delivered.get(0).created();
		PlainPosts.Result replayed = plain
			.replay(delivered.stream().mapToLong(m -> m.created() - first).toArray());
		JsonNode held = BenchNode.JSON.readTree(BenchNode.expect(200,
				BenchNode.send(HttpRequest.newBuilder(URI.create(plainUrl + "/stats")).GET().build())));

		Report report = new Report(requests, threads, intervalMillis, batch);
		report.signed(commits, burst, calm, typical.payloadLength(), body.length());
		report.plain(backToBack, replayed, plain.failures(), held, plainWarmUp + 2L * delivered.size(), body.length());
		report.ratios();
		report.notes();
		synchronized (load) {
			System.out.printf("1-minute load average while the harness ran (sampled every 10 s, the benchmark's own "
					+ "processes included): mean %.1f, max %.1f, on %d cores.%n", load.getAverage(), load.getMax(),
					Runtime.getRuntime().availableProcessors());
		}
		// The HTTP clients' threads would keep the JVM alive.
		System.exit(0);
	}

}
