package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.protect.ProtectApplication;
import org.protect.support.ApiDescription;
import org.protect.support.ApiFuzzInputs;
import org.protect.support.HttpTestClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives every operation of {@code /v3/api-docs} with generated parameters, bodies and headers, as every
 * demo role and anonymously, for a bounded time, and fails on any 5xx, any error that is not problem JSON and
 * any response the document does not describe. Inputs are seeded random values (JUnit, no property-testing
 * library: STACK.md rules jqwik out) shaped by the document's own schemas and mutated towards what breaks
 * servers (NUL and control characters, bidi overrides, huge and fractional numbers, wrong types, nulls,
 * missing parts, malformed JSON); responses are checked by networknt's JSON Schema validator
 * ({@link ApiDescription}). It runs on a node of its own, so that what it creates and changes stays there.
 */
@SpringBootTest(classes = ProtectApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "protect.demo.enabled=true", "protect.demo.password=" + ApiFuzzIntegrationTests.PASSWORD,
				"protect.security.mfa-required-roles=", "spring.thymeleaf.cache=false",
				"protect.statistics.refresh-initial-delay=1h" })
class ApiFuzzIntegrationTests {

	static final String PASSWORD = "synthetic-fuzz-password-2026";

	/** How long the fuzzer sends requests; the suite's time is bounded by it. */
	private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("protect.fuzz.seconds", 150));

	private static final long SEED = Long.getLong("protect.fuzz.seed", 20261208L);

	private static final List<String> ROLES = List.of("admin", "caseworker.se", "supervisor.se", "guardian.se",
			"border.se", "central.se", "judge.se", "ngo.se", "editor.se", "reviewer.se", "analyst.se");

	/** Operations that would end the fuzzer's own sessions: they are sent anonymously only. */
	private static final Set<String> ANONYMOUS_ONLY = Set.of("DELETE /api/v1/session");

	/** Ids a response may hand out that, fed back, would lock the fuzzer out (users, organisations). */
	private static final Pattern HARVEST_FROM = Pattern.compile("^/api/v1/(cases|cooperation|well-being|directory).*");

	/** An id a response hands out that the fuzzer feeds back as a path parameter. */
	private static final Pattern HARVESTED_ID = Pattern.compile(
			"\"(?:id|caseId|assessmentId|linkId|documentId|referralId|factId)\"\\s*:\\s*\"("
					+ "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		Path data = Path.of("target", "test-data", "fuzz-" + UUID.randomUUID());
		registry.add("protect.data-dir", () -> data.toAbsolutePath().toString());
	}

	@Test
	void everyOperationAnswersEveryRoleWithoutServerErrorsAsTheDocumentSays() throws Exception {
		String base = "http://localhost:" + port;
		ApiDescription api = new ApiDescription(new HttpTestClient(base).get("/v3/api-docs").body());
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("anonymous", null);
		for (String role : ROLES) {
			tokens.put(role, token(base, role));
		}
		Set<String> ids = new LinkedHashSet<>();
		harvest(new HttpTestClient(base).withToken("caseworker.se", PASSWORD).get("/api/v1/cases?size=20").body(), ids);
		ApiFuzzInputs inputs = new ApiFuzzInputs(new Random(SEED), api, ids);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> failures = new ArrayList<>();
		Map<String, Integer> statuses = new java.util.TreeMap<>();
		int sent = 0;
		Instant deadline = Instant.now().plus(BUDGET);
		List<ApiDescription.Operation> operations = api.operations();
		List<String> roles = new ArrayList<>(tokens.keySet());
		Random random = new Random(SEED);
		while (Instant.now().isBefore(deadline) && failures.size() < 40) {
			for (ApiDescription.Operation operation : operations) {
				String role = ANONYMOUS_ONLY.contains(operation.toString()) ? "anonymous"
						: roles.get(random.nextInt(roles.size()));
				ApiFuzzInputs.Request generated = inputs.request(operation);
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + generated.pathAndQuery()))
					.timeout(Duration.ofSeconds(30));
				generated.headers().forEach(request::header);
				if (tokens.get(role) != null) {
					request.header("Authorization", "Bearer " + tokens.get(role));
				}
				request.method(operation.method(), generated.body() == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(generated.body()));
				HttpResponse<String> response;
				try {
					response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				}
				catch (IllegalArgumentException ex) {
					// java.net.http refuses to send some generated headers or URIs itself: nothing reached the node.
					continue;
				}
				sent++;
				statuses.merge(operation.method() + " " + response.statusCode(), 1, Integer::sum);
				String contentType = response.headers().firstValue("Content-Type").orElse(null);
				String what = role + " " + operation.method() + " " + generated.pathAndQuery() + " → "
						+ response.statusCode();
				if (response.statusCode() >= 500) {
					failures.add(what + " " + abbreviate(response.body()) + " (sent " + generated.describe() + ")");
					continue;
				}
				if (response.statusCode() >= 400
						&& (contentType == null || !contentType.startsWith("application/problem+json"))) {
					failures.add(what + ": an error as " + contentType + " " + abbreviate(response.body()));
					continue;
				}
				api.violations(operation, response.statusCode(), contentType, response.body())
					.forEach(violation -> failures.add(what + ": " + violation));
				if (response.statusCode() < 300 && HARVEST_FROM.matcher(operation.path()).matches()) {
					harvest(response.body(), ids);
				}
			}
		}
		System.out.printf("API fuzzing: %d requests in %d s over %d operations × %d callers (seed %d); statuses %s%n",
				sent, BUDGET.toSeconds(), operations.size(), roles.size(), SEED, statuses);
		assertThat(sent).as("requests sent").isGreaterThan(operations.size() * 3);
		assertThat(failures).as("responses that broke the rules").isEmpty();
	}

	private static String token(String base, String username) {
		var response = new HttpTestClient(base).postJson("/api/v1/session",
				"{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}");
		assertThat(response.statusCode()).as(username + " " + response.body()).isEqualTo(201);
		return HttpTestClient.json(response).get("token").asString();
	}

	private static void harvest(String body, Set<String> ids) {
		if (body == null || ids.size() > 400) {
			return;
		}
		Matcher matcher = HARVESTED_ID.matcher(body);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
	}

	private static String abbreviate(String body) {
		return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
	}

}
