package org.protect.reports.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the court report: the demo caseworker's cases, each issued as a PDF through the API one after the
 * other (what a judge's clerk would do), after a warm-up; prints the percentiles of the time to the last
 * byte and the size. A benchmark, not a test.
 * <p>
 * Usage: {@code CourtReportBenchmark <base-url> <password> [reports 200] [warm-up 20]}
 */
public final class CourtReportBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CourtReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String password = args[1];
		int reports = args.length > 2 ? Integer.parseInt(args[2]) : 200;
		int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 20;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"caseworker.se\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String token = JSON.readTree(session.body()).get("token").asString();
		JsonNode found = JSON.readTree(http.send(request(base, "/api/v1/cases?size=100", token).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body());
		List<String> ids = new ArrayList<>();
		for (JsonNode item : found.get("cases")) {
			if ("TEAM".equals(item.get("access").asString())) {
				ids.add(item.get("id").asString());
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("the demo caseworker has no case: " + found);
		}
		List<Long> millis = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < warmUp + reports; i++) {
			String id = ids.get(i % ids.size());
			long start = System.nanoTime();
			HttpResponse<byte[]> pdf = http.send(request(base, "/api/v1/cases/" + id + "/report.pdf", token).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			long took = (System.nanoTime() - start) / 1_000_000;
			if (pdf.statusCode() != 200) {
				throw new IllegalStateException("report of " + id + ": HTTP " + pdf.statusCode());
			}
			if (i >= warmUp) {
				millis.add(took);
				bytes += pdf.body().length;
			}
		}
		Collections.sort(millis);
		System.out.printf("court reports: %d PDFs of %d cases, one at a time, after %d warm-up%n", reports, ids.size(),
				warmUp);
		System.out.printf("time to last byte ms: p50 %d  p95 %d  p99 %d  max %d; mean size %d KB%n", at(millis, 0.50),
				at(millis, 0.95), at(millis, 0.99), millis.get(millis.size() - 1), bytes / reports / 1024);
	}

	private static HttpRequest.Builder request(String base, String path, String token) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token);
	}

	private static long at(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

}
