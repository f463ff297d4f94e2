package org.protect.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.protect.support.HttpTestClient;

/**
 * Synthetic children registered and moved through their cases through the API, as caseworkers and supervisors
 * would, for the statistics to count. Each test gives its children a nationality of its own, so that the
 * other tests' cases (and the demo's) never mix into its figures.
 */
final class SyntheticChildren {

	private final HttpTestClient caseworker;

	private final HttpTestClient supervisor;

	private int counter;

	SyntheticChildren(HttpTestClient caseworker, HttpTestClient supervisor) {
		this.caseworker = caseworker;
		this.supervisor = supervisor;
	}

	/** Registers a child; returns the case id. */
	String register(String nationality, String sex, int birthYear, LocalDate identifiedOn) {
		counter++;
		HttpResponse<String> created = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Statistic%s", "familyName": "Synthetic%s", "sex": "%s", "birthYear": %d,
				 "nationalityClaimed": "%s", "identifiedOn": "%s"}""".formatted(letters(counter), nationality, sex,
				birthYear, nationality, identifiedOn));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return HttpTestClient.json(created).get("id").asString();
	}

	/** A name part from a number, letters only: names are not numbered. */
	private static String letters(int n) {
		StringBuilder letters = new StringBuilder();
		for (int i = n; i > 0; i /= 26) {
			letters.append((char) ('a' + (i - 1) % 26));
		}
		return letters.toString();
	}

	void screen(String id, String indicatorsJson, LocalDate on) {
		put(id, "screening", """
				{"indicators": %s, "immediateNeeds": "Shelter", "referralSource": "Synthetic border guard",
				 "screenedOn": "%s"}""".formatted(indicatorsJson, on));
	}

	void appointGuardian(String id, LocalDate on) {
		put(id, "guardianship", guardianship(on, null));
	}

	/**
	 * Walks a child from identification to a return carried out (IMPLEMENTED) with every safeguard met: a
	 * guardian appointed {@code guardianAfter} days after identification, the BID approved, a care plan
	 * accepted by the receiving agency, and a receiving guardian who accepted responsibility.
	 */
	void returnHome(String id, LocalDate identifiedOn, int guardianAfter, String country) {
		LocalDate today = LocalDate.now();
		assertThat(supervisor.postJson(path(id, "/team"), "{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}")
			.statusCode()).isEqualTo(204);
		screen(id, "{}", identifiedOn);
		LocalDate appointed = identifiedOn.plusDays(guardianAfter);
		put(id, "guardianship", guardianship(appointed, null));
		move(id, "PROTECTED");
		move(id, "VERIFIED");
		put(id, "risk-assessment", """
				{"conclusion": "FOR_RETURN", "destinationCountry": "%s", "risksFound": "Synthetic: none",
				 "familyContactRisk": "Low", "assessedOn": "%s", "assessedBy": "Synthetic assessor"}""".formatted(country,
				today));
		put(id, "best-interests-assessment", """
				{"findings": {"FAMILY_ENVIRONMENT": "Synthetic: family willing"}, "childViews": "I want to go home.",
				 "participants": ["Synthetic child"], "assessedOn": "%s"}""".formatted(today));
		move(id, "ASSESSED");
		put(id, "best-interests-determination", """
				{"panel": [{"name": "Synthetic Social Worker", "role": "Social worker", "noConflictDeclared": true},
				           {"name": "Synthetic Psychologist", "role": "Psychologist", "noConflictDeclared": true}],
				 "options": [{"solution": "RETURN_FAMILY_REUNIFICATION", "reasonsFor": "Family", "reasonsAgainst": "None"}],
				 "decision": "RETURN_FAMILY_REUNIFICATION", "reasons": "Synthetic reasons", "decidedOn": "%s",
				 "reviewOn": "%s"}""".formatted(today, today.plusMonths(6)));
		assertThat(supervisor.postJson(path(id, "/best-interests-determination/approval"), "{}").statusCode())
			.isEqualTo(200);
		put(id, "family-assessment", """
				{"assessedBy": "Synthetic child service", "country": "%s", "receivedOn": "%s",
				 "findings": "Synthetic: the family can care"}""".formatted(country, today));
		move(id, "DETERMINED");
		put(id, "care-plan", """
				{"goals": ["Live safely with the family"], "responsibleHere": "Synthetic social services",
				 "receivingAgency": "Synthetic child service", "receivingCountry": "%s", "plannedReturnDate": "%s",
				 "escort": "Synthetic escort", "handoverPlace": "Synthetic airport", "handoverArranged": true,
				 "reviewOn": "%s"}""".formatted(country, today.plusDays(20), today.plusMonths(3)));
		assertThat(caseworker.postJson(path(id, "/care-plan/acceptance"),
				"{\"acceptedOn\": \"" + today + "\", \"reference\": \"SYN-ACC\"}").statusCode()).isEqualTo(200);
		put(id, "guardianship", guardianship(appointed, """
				{"nameOrAuthority": "Synthetic receiving guardian", "country": "%s", "acceptedOn": "%s",
				 "reference": "SYN-GUARD"}""".formatted(country, today)));
		move(id, "PLANNED");
		move(id, "IMPLEMENTED");
	}

	private static String guardianship(LocalDate appointed, String receiving) {
		return """
				{"guardian": {"name": "Synthetic Guardian", "organisation": "Synthetic Guardianship Office",
				 "appointedOn": "%s", "decisionReference": "GO-SYN"}, "independenceConfirmed": true%s}"""
			.formatted(appointed, receiving == null ? "" : ", \"receiving\": " + receiving);
	}

	private void put(String id, String part, String json) {
		HttpResponse<String> response = caseworker.putJson(path(id, "/" + part), json);
		assertThat(response.statusCode()).as(part + ": " + response.body()).isEqualTo(200);
	}

	private void move(String id, String to) {
		HttpResponse<String> response = caseworker.postJson(path(id, "/transitions"),
				"{\"to\": \"" + to + "\", \"reason\": \"Synthetic step\"}");
		assertThat(response.statusCode()).as(to + ": " + response.body()).isEqualTo(200);
	}

	private static String path(String id, String rest) {
		return "/api/v1/cases/" + id + rest;
	}

}
