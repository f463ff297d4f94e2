package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/**
 * Every error of the API answers RFC 9457 problem JSON, and none shows an exception's message.
 */
class ProblemJsonIntegrationTests extends IntegrationTest {

	@Test
	void malformedJsonIsABadRequest() {
		HttpResponse<String> response = client().postJson("/api/v1/session", "{\"username\": ");
		assertProblem(response, 400, "malformed-json");
	}

	@Test
	void anUnknownPathIsNotFound() {
		HttpResponse<String> response = client().withToken("caseworker.se", PASSWORD).get("/api/v1/no-such-thing");
		assertProblem(response, 404, "not-found");
	}

	@Test
	void aMissingTokenIsUnauthorized() {
		HttpResponse<String> response = client().get("/api/v1/me");
		assertProblem(response, 401, "unauthorized");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
	}

	@Test
	void aBadTokenIsUnauthorized() {
		HttpResponse<String> response = client().header("Authorization", "Bearer not-a-real-token").get("/api/v1/me");
		assertProblem(response, 401, "invalid-token");
	}

	@Test
	void aForbiddenRequestIsForbidden() {
		HttpResponse<String> response = client().withToken("border.se", PASSWORD)
			.get("/api/v1/audit/verification");
		assertProblem(response, 403, "forbidden");
	}

	@Test
	void aBodyDeclaredTooLargeIsRefused() {
		String big = "{\"username\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
		HttpResponse<String> response = client().postJson("/api/v1/session", big);
		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void aChunkedBodyThatGrowsTooLargeIsRefused() {
		byte[] big = ("{\"username\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}")
			.getBytes(StandardCharsets.UTF_8);
		HttpTestClient client = client();
		// A body of unknown length is sent chunked; only reading it reveals its size.
		HttpRequest request = client.request("/api/v1/session")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(big)))
			.build();
		HttpResponse<String> response = client.send(request);
		assertProblem(response, 413, "payload-too-large");
	}

	@Test
	void aWrongMethodIsNotAllowed() {
		HttpResponse<String> response = client().withToken("caseworker.se", PASSWORD).putJson("/api/v1/session", "{}");
		assertProblem(response, 405, "method-not-allowed");
	}

	@Test
	void titlesFollowTheCallersLanguage() {
		HttpResponse<String> response = client().header("Accept-Language", "lv").get("/api/v1/me");
		assertProblem(response, 401, "unauthorized");
		assertThat(HttpTestClient.json(response).get("title").asString()).isNotEqualTo("Authentication required");
	}

	private static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		var body = HttpTestClient.json(response);
		assertThat(body.get("status").asInt()).isEqualTo(status);
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("type").asString()).isEqualTo("urn:protect:problem:" + code);
		assertThat(body.get("title").asString()).isNotBlank();
		assertThat(body.get("correlationId").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("trace");
	}

}
