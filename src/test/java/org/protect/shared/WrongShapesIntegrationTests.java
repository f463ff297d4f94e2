package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/**
 * What the API fuzzer found answering 500 after the input checks were in: a body of the wrong shape where a
 * controller reads the JSON as a tree, and an {@code Accept} that names no type the operation answers in.
 * Each is a client's error, said in problem JSON.
 */
class WrongShapesIntegrationTests extends IntegrationTest {

	private static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(HttpTestClient.json(response).get("code").asString()).isEqualTo(code);
	}

	@Test
	void aNullOrAListWhereAnObjectIsDueIsABadRequest() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		HttpResponse<String> registered = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Vesna", "familyName": "Synthetic", "sex": "F", "birthYear": 2012, "nationalityClaimed": "UA"}""");
		String id = HttpTestClient.json(registered).get("id").asString();
		assertProblem(caseworker.postJson("/api/v1/cases/" + id + "/well-being/assessments", "null"), 400,
				"validation-failed");
		assertProblem(caseworker.putJson("/api/v1/cases/" + id + "/screening", "[1]"), 400, "validation-failed");
		assertProblem(caseworker.postJson("/api/v1/cooperation/identity-queries", "{\"caseId\": [1]}"), 400,
				"validation-failed");
	}

	@Test
	void anAcceptWithoutJsonIsNotAcceptableInProblemJson() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		HttpResponse<String> response = caseworker.send(caseworker.request("/api/v1/cases/attention")
			.header("Accept", "application/xml")
			.GET()
			.build());
		assertProblem(response, 406, "not-acceptable");
	}

}
