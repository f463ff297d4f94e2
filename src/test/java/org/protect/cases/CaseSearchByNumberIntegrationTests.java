package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/** A caseworker who types the end of a case number, as people say it, finds that case first. */
class CaseSearchByNumberIntegrationTests extends IntegrationTest {

	private static List<String> numbers(HttpTestClient client, String query) {
		HttpResponse<String> found = client.get("/api/v1/cases?size=100&q=" + query);
		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		return HttpTestClient.json(found).get("cases").valueStream().map(c -> c.get("caseNumber").asString()).toList();
	}

	@Test
	void theEndOfACaseNumberFindsThatCaseFirstAndNoOtherChild() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		HttpResponse<String> registered = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Nomer", "familyName": "Synthetic", "sex": "M", "birthYear": 2012, "nationalityClaimed": "AL"}""");
		String number = HttpTestClient.json(registered).get("caseNumber").asString();
		String digits = number.substring(number.lastIndexOf('-') + 1);

		List<String> bySixDigits = numbers(caseworker, digits);
		assertThat(bySixDigits).first().isEqualTo(number);
		assertThat(bySixDigits).allSatisfy(found -> assertThat(found).endsWith(digits));

		String shortEnd = digits.replaceFirst("^0+", "");
		List<String> byShortEnd = numbers(caseworker, shortEnd);
		assertThat(byShortEnd).first().isEqualTo(number);
		assertThat(byShortEnd).allSatisfy(found -> assertThat(found).endsWith(shortEnd));

		assertThat(numbers(caseworker, number)).containsExactly(number);
	}

	@Test
	void theEndOfANumberFindsNothingOutsideTheReadersTeams() {
		HttpTestClient border = client().withToken("border.se", PASSWORD);
		HttpResponse<String> registered = border.postJson("/api/v1/cases", """
				{"givenName": "Nomera", "familyName": "Synthetic", "sex": "F", "birthYear": 2013, "nationalityClaimed": "AL"}""");
		String number = HttpTestClient.json(registered).get("caseNumber").asString();
		HttpTestClient colleague = client().withToken("caseworker.se", PASSWORD);
		// Staff of the organisation may learn of a case by its whole number, never by guessing its end.
		assertThat(numbers(colleague, number.substring(number.lastIndexOf('-') + 1))).doesNotContain(number);
		assertThat(numbers(colleague, number)).containsExactly(number);
	}

}
