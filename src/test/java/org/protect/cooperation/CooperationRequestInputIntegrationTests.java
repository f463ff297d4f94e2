package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request to send abroad is checked for who sends it before what it says: someone off the case's team
 * learns "not found" whatever the body, and a member with a body that lacks a part is told which part, never
 * an internal error.
 */
class CooperationRequestInputIntegrationTests extends IntegrationTest {

	@Autowired
	AccountManagement accounts;

	private static final String PARTNER = "00000000-0000-4000-8000-000000000001";

	private String register(HttpTestClient caseworker) {
		HttpResponse<String> response = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Dardan", "familyName": "Synthetic", "sex": "M", "birthYear": 2011, "nationalityClaimed": "XK"}""");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return HttpTestClient.json(response).get("id").asString();
	}

	@Test
	void aMissingLegalBasisOrANullFieldIsAValidationErrorNamingTheField() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		String caseId = register(caseworker);
		for (String path : new String[] { "/api/v1/cooperation/requests", "/api/v1/cooperation/requests/preview" }) {
			HttpResponse<String> noBasis = caseworker.postJson(path, """
					{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "message": "Synthetic question"}"""
				.formatted(caseId, PARTNER));
			assertThat(noBasis.statusCode()).as(path + " " + noBasis.body()).isEqualTo(400);
			assertThat(noBasis.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(HttpTestClient.json(noBasis).get("errors").toString()).contains("\"legalBasis\"");

			HttpResponse<String> nullField = caseworker.postJson(path, """
					{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "Hague 1996 art. 32",
					 "fields": {"a": null}, "questions": null}""".formatted(caseId, PARTNER));
			assertThat(nullField.statusCode()).as(path + " " + nullField.body()).isBetween(400, 499);
			assertThat(nullField.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(HttpTestClient.json(nullField).get("errors").toString()).contains("\"message\"");
		}
	}

	@Test
	void someoneOffTheTeamLearnsNotFoundWhateverTheBody() {
		String caseId = register(client().withToken("caseworker.se", PASSWORD));
		HttpTestClient stranger = ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts,
				ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES, null), Role.CASEWORKER), false);
		for (String body : new String[] { "{\"caseId\": \"" + caseId + "\"}",
				"{\"caseId\": \"" + caseId + "\", \"partnerNodeId\": \"" + PARTNER
						+ "\", \"type\": \"INFORMATION\", \"legalBasis\": \"Hague 1996 art. 32\", \"message\": \"x\"}" }) {
			HttpResponse<String> refused = stranger.postJson("/api/v1/cooperation/requests", body);
			HttpResponse<String> unknown = stranger.postJson("/api/v1/cooperation/requests",
					body.replace(caseId, "00000000-0000-4000-8000-00000000beef"));
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
			assertThat(refused.body().replaceAll("\"correlationId\"\\s*:\\s*\"[^\"]*\"", ""))
				.isEqualTo(unknown.body().replaceAll("\"correlationId\"\\s*:\\s*\"[^\"]*\"", ""));
		}
	}

}
