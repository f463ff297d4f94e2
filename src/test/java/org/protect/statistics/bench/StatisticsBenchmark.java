package org.protect.statistics.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics benchmark: on a node filled with a million synthetic cases, how long it takes to compute
 * the figures again from the cases (what the node does in the background every hour), and to build the
 * dashboard from them as an analyst asks: the JSON for the last whole year, for a month and for one
 * country, the page with its charts, and the XLSX. One analyst, one request at a time; prints each
 * operation's median, 95th percentile and slowest time.
 * <p>
 * The refresh runs the node's own statements over JDBC ({@code StatisticsRepository.refresh()}), so that it
 * is timed alone; the node itself is started with its refresh put off.
 * <p>
 * Usage: {@code StatisticsBenchmark <base-url> <password> <data-dir> [rounds 20]}
 */
public final class StatisticsBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private String token;

	private StatisticsBenchmark(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String password = args[1];
		Path dataDir = Path.of(args[2]);
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
		refresh(dataDir);
		var benchmark = new StatisticsBenchmark(base);
		benchmark.signIn(password);
		benchmark.run(rounds);
	}

	/** Computes the figures again, as the node's scheduled refresh does, and times each step. */
	private static void refresh(Path dataDir) throws Exception {
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
		String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/protect";
		try (Connection db = DriverManager.getConnection(url, "postgres", "");
				Statement statement = db.createStatement()) {
			System.out.printf("Cases on the node: %,d%n", single(statement, "SELECT count(*) FROM cases.child_case"));
			db.setAutoCommit(false);
			long started = System.nanoTime();
			statement.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.case_fact");
			long facts = System.nanoTime();
			statement.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.daily_figure");
			long figures = System.nanoTime();
			statement.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.request_fact");
			long requests = System.nanoTime();
			statement.execute("UPDATE statistics.refresh_state SET refreshed_at = now() WHERE id = 1");
			db.commit();
			System.out.printf("Refresh from the cases: %.1f s (per-case facts %.1f s, per-day figures %.1f s, requests %.1f s)%n",
					(requests - started) / 1e9, (facts - started) / 1e9, (figures - facts) / 1e9, (requests - figures) / 1e9);
			db.setAutoCommit(true);
			System.out.printf("Per-day figures: %,d rows, %s; per-case facts: %s%n",
					single(statement, "SELECT count(*) FROM statistics.daily_figure"),
					text(statement, "SELECT pg_size_pretty(pg_total_relation_size('statistics.daily_figure'))"),
					text(statement, "SELECT pg_size_pretty(pg_total_relation_size('statistics.case_fact'))"));
		}
	}

	private void signIn(String password) throws Exception {
		HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"analyst.se\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (session.statusCode() != 201) {
			throw new IllegalStateException("analyst sign-in refused: " + session.body());
		}
		token = JSON.readTree(session.body()).get("token").asString();
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=analyst.se&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private void run(int rounds) {
		// Fixed periods only: the last whole year (the default), a month of it, one country's year.
		String year = "?period=" + (LocalDate.now().getYear() - 1);
		Map<String, Supplier<HttpResponse<byte[]>>> operations = new LinkedHashMap<>();
		operations.put("JSON, last whole year", () -> api("/api/v1/statistics"));
		operations.put("JSON, a month (its two numbers)", () -> api("/api/v1/statistics" + year + "-06"));
		operations.put("JSON, one country (UA)", () -> api("/api/v1/statistics" + year + "&country=UA"));
		operations.put("page with charts (HTML)", () -> page("/statistics"));
		operations.put("XLSX export", () -> api("/api/v1/statistics/export.xlsx"));
		JsonNode figures = JSON.readTree(api("/api/v1/statistics" + year).body());
		System.out.printf("Children in the figures: %s; returns: %s%n", figures.get("children").get("total"),
				figures.get("failureModes").get(0).get("count"));
		System.out.printf("%d rounds after 3 of warm-up, one request at a time:%n", rounds);
		operations.forEach((name, operation) -> {
			for (int i = 0; i < 3; i++) {
				check(name, operation.get());
			}
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				long started = System.nanoTime();
				check(name, operation.get());
				times.add(System.nanoTime() - started);
			}
			Collections.sort(times);
			System.out.printf("  %-26s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", name, ms(times, 0.5),
					ms(times, 0.95), times.get(times.size() - 1) / 1e6);
		});
	}

	private static void check(String name, HttpResponse<byte[]> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(name + ": HTTP " + response.statusCode());
		}
	}

	private HttpResponse<byte[]> api(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build());
	}

	private HttpResponse<byte[]> page(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	private HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double ms(List<Long> sorted, double percentile) {
		int index = (int) Math.ceil(percentile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static long single(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String text(Statement statement, String sql) throws Exception {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
