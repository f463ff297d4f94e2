package org.protect.cases.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case load benchmark: virtual users, each a caseworker signed in through the API with their own
 * token, search cases by name, open case pages of their team and move a case between two stages, as
 * fast as the node answers (no think time). After a warm-up it measures for a fixed time and prints the
 * latency percentiles and the throughput of each operation, and the errors (any answer but 2xx, except
 * the 409 of a refused transition, which is counted apart and should not happen either).
 * <p>
 * Usage: {@code CaseLoadBenchmark <base-url> <password> [users 32] [warm-up s 30] [measure s 60]}
 */
public final class CaseLoadBenchmark {

	enum Operation {
		SEARCH, CASE_PAGE, TRANSITION, CASE_PAGE_HTML
	}

	/** Names as people type them: whole names, a given name, the start of one, in Latin, Cyrillic and Arabic script. */
	private static final List<String> QUERIES = List.of("Andrei Popescu", "Oleksandr", "Shevch", "Шевченко",
			"Олександр Бондаренко", "محمد", "Mohamed El Amrani", "Nguyễn Văn Minh", "Nguyen", "Ahmadi", "احمدی",
			"Krasniqi", "Arbër Gashi", "Hoxha", "Youssef", "Al-Hassan", "Zahra", "Ionescu", "Dmytro Tkachenko",
			"Bytyqi", "Elena", "Haddad", "Mariia Melnyk", "Trần");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.executor(Executors.newFixedThreadPool(4))
		.build();

	private final Map<Operation, List<Long>> samples = new EnumMap<>(Operation.class);

	private final AtomicLong errors = new AtomicLong();

	private final AtomicLong refusals = new AtomicLong();

	private final Map<String, AtomicLong> errorsByStatus = new ConcurrentHashMap<>();

	private volatile boolean measuring;

	private volatile boolean stop;

	private CaseLoadBenchmark(String base) {
		this.base = base;
		for (Operation op : Operation.values()) {
			samples.put(op, Collections.synchronizedList(new ArrayList<>()));
		}
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String password = args[1];
		int users = args.length > 2 ? Integer.parseInt(args[2]) : 32;
		int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		int measure = args.length > 4 ? Integer.parseInt(args[4]) : 60;
		new CaseLoadBenchmark(base).run(password, users, warmUp, measure);
		// The HTTP client's threads would keep the JVM alive.
		System.exit(0);
	}

	/** One virtual user: their token, cases of their team to open, and one case to move back and forth. */
	private record VirtualUser(String username, String token, List<String> cases, String movingCase, boolean html) {
	}

	private void run(String password, int users, int warmUp, int measure) throws Exception {
		List<VirtualUser> vus = new ArrayList<>();
		for (int i = 1; i <= users; i++) {
			vus.add(signIn(CaseLoadGenerator.CASEWORKER_PREFIX + "%03d".formatted(i), password));
		}
		long html = vus.stream().filter(VirtualUser::html).count();
		System.out.printf("%d virtual users signed in; %d cases to open each; HTML case page %s.%n", users,
				vus.get(0).cases().size(), html > 0 ? "measured too" : "not there (no session or no page): skipped");
		CountDownLatch done = new CountDownLatch(vus.size());
		var threads = Executors.newFixedThreadPool(vus.size());
		for (int i = 0; i < vus.size(); i++) {
			VirtualUser vu = vus.get(i);
			long seed = i;
			threads.execute(() -> {
				try {
					loop(vu, new Random(seed));
				}
				finally {
					done.countDown();
				}
			});
		}
		System.out.printf("Warming up for %d s…%n", warmUp);
		Thread.sleep(warmUp * 1000L);
		samples.values().forEach(List::clear);
		errors.set(0);
		refusals.set(0);
		errorsByStatus.clear();
		measuring = true;
		long started = System.nanoTime();
		System.out.printf("Measuring for %d s…%n", measure);
		Thread.sleep(measure * 1000L);
		measuring = false;
		double seconds = (System.nanoTime() - started) / 1e9;
		stop = true;
		done.await();
		threads.shutdown();
		report(users, seconds);
	}

	private void loop(VirtualUser vu, Random random) {
		boolean implemented = false;
		while (!stop) {
			int dice = random.nextInt(100);
			if (dice < 40) {
				String q = QUERIES.get(random.nextInt(QUERIES.size()));
				call(Operation.SEARCH, get(vu, "/api/v1/cases?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
			}
			else if (dice < 80 || vu.movingCase() == null) {
				String id = vu.cases().get(random.nextInt(vu.cases().size()));
				call(Operation.CASE_PAGE, get(vu, "/api/v1/cases/" + id));
				if (vu.html() && random.nextInt(4) == 0) {
					call(Operation.CASE_PAGE_HTML, get(vu, "/cases/" + id));
				}
			}
			else {
				String to = implemented ? "PLANNED" : "IMPLEMENTED";
				int status = call(Operation.TRANSITION, HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/"
						+ vu.movingCase() + "/transitions"))
					.header("Authorization", "Bearer " + vu.token())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + to + "\",\"reason\":\"Load benchmark\"}"))
					.build());
				if (status / 100 == 2) {
					implemented = !implemented;
				}
			}
		}
	}

	private int call(Operation op, HttpRequest request) {
		long started = System.nanoTime();
		int status;
		try {
			status = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
		}
		catch (Exception ex) {
			status = -1;
		}
		long micros = (System.nanoTime() - started) / 1000;
		if (measuring) {
			samples.get(op).add(micros);
			if (status == 409 && op == Operation.TRANSITION) {
				refusals.incrementAndGet();
			}
			else if (status / 100 != 2) {
				errors.incrementAndGet();
				errorsByStatus.computeIfAbsent(op + " " + status, k -> new AtomicLong()).incrementAndGet();
			}
		}
		return status;
	}

	private HttpRequest get(VirtualUser vu, String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + vu.token()).GET().build();
	}

	private VirtualUser signIn(String username, String password) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("sign-in of " + username + " refused: " + response.statusCode() + " " + response.body());
		}
		String token = JSON.readTree(response.body()).get("token").asString();
		var probe = new VirtualUser(username, token, List.of(), null, false);
		List<String> cases = new ArrayList<>();
		for (JsonNode c : json(get(probe, "/api/v1/cases?size=100")).get("cases")) {
			cases.add(c.get("id").asString());
		}
		// A case planned on the user's team whose gate to implementation holds: moved there and back.
		String moving = null;
		for (JsonNode c : json(get(probe, "/api/v1/cases?size=20&stage=PLANNED")).get("cases")) {
			String id = c.get("id").asString();
			if (json(get(probe, "/api/v1/cases/" + id + "/unmet-safeguards?to=IMPLEMENTED")).get("unmetSafeguards").isEmpty()) {
				moving = id;
				break;
			}
		}
		int page = http.send(get(probe, "/cases/" + cases.get(0)), HttpResponse.BodyHandlers.discarding()).statusCode();
		return new VirtualUser(username, token, cases, moving, page == 200);
	}

	private JsonNode json(HttpRequest request) throws Exception {
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private void report(int users, double seconds) {
		System.out.printf("%nCase load: %d concurrent users, %.0f s measured, %d cores shared with the load generator%n",
				users, seconds, Runtime.getRuntime().availableProcessors());
		System.out.printf("%-16s %8s %9s %9s %9s %9s %10s%n", "operation", "n", "p50 ms", "p95 ms", "p99 ms", "max ms", "per s");
		long total = 0;
		for (Operation op : Operation.values()) {
			long[] values;
			synchronized (samples.get(op)) {
				values = samples.get(op).stream().mapToLong(Long::longValue).toArray();
			}
			if (values.length == 0) {
				continue;
			}
			Arrays.sort(values);
			total += values.length;
			System.out.printf("%-16s %8d %9.1f %9.1f %9.1f %9.1f %10.1f%n", op.name().toLowerCase().replace('_', ' '),
					values.length, pct(values, 50), pct(values, 95), pct(values, 99), values[values.length - 1] / 1000.0,
					values.length / seconds);
		}
		System.out.printf("%-16s %8d %49.1f%n", "all", total, total / seconds);
		System.out.printf("errors: %d %s; refused transitions (409): %d%n", errors.get(), errorsByStatus, refusals.get());
	}

	private static double pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
	}

}
