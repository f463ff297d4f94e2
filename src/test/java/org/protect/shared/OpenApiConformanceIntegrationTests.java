package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.protect.support.ApiDescription;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.Multipart;

/**
 * Real responses of a caseworker's, a supervisor's, an analyst's and an administrator's day, recorded as they
 * are answered and each checked against the node's own OpenAPI document: the status is documented, the
 * content type is the one it names (problem JSON for errors, PDF for a report, CSV for an export), and the
 * body validates against its schema, nullable fields included.
 */
class OpenApiConformanceIntegrationTests extends IntegrationTest {

	private static final String TODAY = LocalDate.now().toString();

	private ApiDescription api;

	private final List<String> violations = new ArrayList<>();

	private int recorded;

	private HttpResponse<String> record(String method, String template, HttpResponse<String> response) {
		ApiDescription.Operation operation = api.operations()
			.stream()
			.filter(op -> op.method().equals(method) && op.path().equals(template))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no operation " + method + " " + template + " in the document"));
		violations.addAll(api.violations(operation, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(null), response.body()));
		recorded++;
		return response;
	}

	private static String id(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return HttpTestClient.json(response).get("id").asString();
	}

	@Test
	void aDayOfRealResponsesAgreesWithTheDocument() {
		api = new ApiDescription(client().get("/v3/api-docs").body());
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		HttpTestClient supervisor = client().withToken("supervisor.se", PASSWORD);
		HttpTestClient anonymous = client();

		String caseId = id(record("POST", "/api/v1/cases", caseworker.postJson("/api/v1/cases", """
				{"givenName": "Ilinca", "familyName": "Synthetic", "sex": "F", "birthYear": 2011, "nationalityClaimed": "RO",
				 "language": "ro"}""")));
		String cases = "/api/v1/cases/" + caseId;
		record("GET", "/api/v1/cases", caseworker.get("/api/v1/cases?q=Ilinca"));
		record("GET", "/api/v1/cases/{id}", caseworker.get(cases));
		record("GET", "/api/v1/cases/{id}", caseworker.get("/api/v1/cases/00000000-0000-4000-8000-000000000000"));
		record("GET", "/api/v1/cases/{id}/{part}", caseworker.get(cases + "/screening"));
		record("PUT", "/api/v1/cases/{id}/{part}", caseworker.putJson(cases + "/screening", """
				{"indicators": {"GENERAL": ["CONTROLLED_BY_ADULT"]}, "referralSource": "Synthetic border guard",
				 "screenedOn": "%s"}""".formatted(TODAY)));
		record("PUT", "/api/v1/cases/{id}/{part}", caseworker.putJson(cases + "/guardianship", """
				{"guardian": {"name": "Synthetic Guardian", "organisation": "Demo Guardianship Office",
				 "appointedOn": "%s", "decisionReference": "GO-SYN-2"}, "independenceConfirmed": true}""".formatted(TODAY)));
		record("GET", "/api/v1/cases/{id}/{part}", caseworker.get(cases + "/guardianship"));
		record("PUT", "/api/v1/cases/{id}/{part}", caseworker.putJson(cases + "/screening", "{\"screenedOn\": 5.5}"));
		record("GET", "/api/v1/cases/{id}/unmet-safeguards", caseworker.get(cases + "/unmet-safeguards?to=ASSESSED"));
		record("POST", "/api/v1/cases/{id}/transitions", caseworker.postJson(cases + "/transitions",
				"{\"to\": \"ASSESSED\", \"reason\": \"Synthetic step\"}"));
		assertThat(record("POST", "/api/v1/cases/{id}/transitions", caseworker.postJson(cases + "/transitions",
				"{\"to\": \"PROTECTED\", \"reason\": \"Synthetic step\"}")).statusCode()).isEqualTo(200);
		record("GET", "/api/v1/cases/{id}/timeline", caseworker.get(cases + "/timeline"));
		record("POST", "/api/v1/cases/{id}/notes", caseworker.postJson(cases + "/notes", "{\"body\": \"A synthetic note.\"}"));
		record("POST", "/api/v1/cases/{id}/identity-facts", caseworker.postJson(cases + "/identity-facts", """
				{"kind": "ALIAS", "givenName": "Ili", "source": "Synthetic interview"}"""));
		record("POST", "/api/v1/cases/{id}/referrals", caseworker.postJson(cases + "/referrals", "{}"));
		record("GET", "/api/v1/cases/{id}/possible-matches", caseworker.get(cases + "/possible-matches"));
		record("POST", "/api/v1/cases/{id}/matches", caseworker.postJson(cases + "/matches",
				"{\"otherCaseId\": \"00000000-0000-4000-8000-000000000000\", \"decision\": \"DISMISSED\"}"));
		record("POST", "/api/v1/cases/{id}/team", supervisor.postJson(cases + "/team",
				"{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}"));
		HttpResponse<String> upload = record("POST", "/api/v1/cases/{id}/documents", Multipart.upload(caseworker,
				cases + "/documents", "file", "synthetic.txt", "text/plain",
				"A synthetic document.".getBytes(StandardCharsets.UTF_8)));
		String document = id(upload);
		record("GET", "/api/v1/cases/{id}/documents/{documentId}", caseworker.get(cases + "/documents/" + document));
		record("GET", "/api/v1/cases/{id}/report.pdf", caseworker.get(cases + "/report.pdf"));
		record("GET", "/api/v1/cases/attention", caseworker.get("/api/v1/cases/attention"));
		record("GET", "/api/v1/cases/{caseId}/well-being", caseworker.get("/api/v1/cases/" + caseId + "/well-being"));
		record("GET", "/api/v1/well-being/conditions", caseworker.get("/api/v1/well-being/conditions"));
		record("GET", "/api/v1/well-being/scale", caseworker.get("/api/v1/well-being/scale"));
		record("POST", "/api/v1/cases/{caseId}/well-being/assessments", caseworker
			.postJson("/api/v1/cases/" + caseId + "/well-being/assessments", "{\"situation\": \"CURRENT\"}"));

		record("GET", "/api/v1/me", caseworker.get("/api/v1/me"));
		record("GET", "/api/v1/directory/search", anonymous.get("/api/v1/directory/search?q=guardian"));
		record("GET", "/api/v1/directory/countries", anonymous.get("/api/v1/directory/countries"));
		record("GET", "/api/v1/directory/countries/{code}", anonymous.get("/api/v1/directory/countries/LV"));
		record("GET", "/api/v1/guide",
				anonymous.get("/api/v1/guide?country=LV&situation=unaccompanied-child-identified&origin=AL"));
		record("GET", "/api/v1/cooperation/inbox", caseworker.get("/api/v1/cooperation/inbox"));

		HttpTestClient analyst = client().withToken("analyst.se", PASSWORD);
		int year = LocalDate.now().getYear() - 1;
		record("GET", "/api/v1/statistics", analyst.get("/api/v1/statistics?period=" + year));
		record("GET", "/api/v1/statistics", analyst.get("/api/v1/statistics?from=2025-12-01&to=2025-12-31"));
		record("GET", "/api/v1/statistics/export.csv", analyst.get("/api/v1/statistics/export.csv?period=" + year));
		record("GET", "/api/v1/statistics/export.xlsx", analyst.get("/api/v1/statistics/export.xlsx?period=" + year));

		HttpTestClient admin = client().withToken("admin", PASSWORD);
		record("GET", "/api/v1/users", admin.get("/api/v1/users"));
		record("GET", "/api/v1/organisations", admin.get("/api/v1/organisations"));
		record("GET", "/api/v1/audit/entries", admin.get("/api/v1/audit/entries?size=20"));
		record("GET", "/api/v1/audit/verification", admin.get("/api/v1/audit/verification"));
		record("GET", "/api/v1/cooperation/partners", admin.get("/api/v1/cooperation/partners"));
		record("GET", "/api/v1/cooperation/messages/failed", admin.get("/api/v1/cooperation/messages/failed"));
		record("DELETE", "/api/v1/session", client().withToken("reviewer.se", PASSWORD).delete("/api/v1/session"));
		record("GET", "/api/v1/me", anonymous.get("/api/v1/me"));

		assertThat(recorded).isGreaterThanOrEqualTo(40);
		assertThat(violations).isEmpty();
	}

}
