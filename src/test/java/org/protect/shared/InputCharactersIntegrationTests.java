package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.Multipart;
import org.protect.support.RawHttp;

/**
 * Text the database could not store (a NUL), control characters, JSON of the wrong type and names made to
 * look like someone else's are refused as a problem of the field that carried them, wherever they come in.
 */
class InputCharactersIntegrationTests extends IntegrationTest {

	private static final String CHILD = """
			{"givenName": "Arta", "familyName": "Krasniqi", "sex": "F", "birthYear": 2011, "nationalityClaimed": "AL"}""";

	private HttpTestClient caseworker() {
		return client().withToken("caseworker.se", PASSWORD);
	}

	private static String register(HttpTestClient client) {
		HttpResponse<String> response = client.postJson("/api/v1/cases", CHILD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return HttpTestClient.json(response).get("id").asString();
	}

	private static void assertRefusedField(HttpResponse<String> response, String code, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		var problem = HttpTestClient.json(response);
		assertThat(problem.get("code").asString()).as(response.body()).isEqualTo(code);
		assertThat(problem.get("errors").get(0).get("field").asString()).as(response.body()).isEqualTo(field);
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception");
	}

	// --- parameters: query and form ---

	@Test
	void aNulInThePublicDirectorySearchNamesTheParameter() {
		assertRefusedField(client().get("/api/v1/directory/search?q=a%00b"), "invalid-characters", "q");
	}

	@Test
	void aNulInThePublicGuideNamesTheParameter() {
		assertRefusedField(client().get("/api/v1/guide?country=%2Fe%00"), "invalid-characters", "country");
	}

	@Test
	void aControlCharacterInAPageSearchIsAnErrorPageNamingTheField() {
		RawHttp.Answer answer = RawHttp.send(port, "GET /directory/search?q=a%07b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
			.getBytes(StandardCharsets.US_ASCII));
		answer.assertErrorPage(400);
		assertThat(answer.body()).contains("<code>q</code>");
	}

	@Test
	void aNulInTheRegistrationFormIsAnErrorPageNamingTheField() {
		HttpTestClient client = client();
		assertThat(client.signIn("caseworker.se", PASSWORD).statusCode()).isEqualTo(302);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("givenName", "Arta");
		form.put("familyName", "Kras\u0000niqi");
		form.put("sex", "F");
		form.put("birthYear", "2011");
		form.put("nationalityClaimed", "AL");
		HttpResponse<String> response = client.postForm("/cases/new", "/cases/new", form);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<code>familyName</code>");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void aNulInADocumentDescriptionNamesTheParameter() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker);
		byte[] pdf = "%PDF-1.4\n% synthetic\n".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> response = Multipart.upload(caseworker,
				"/api/v1/cases/" + id + "/documents?description=a%00b", "file", "report.pdf", "application/pdf", pdf);
		assertRefusedField(response, "invalid-characters", "description");
	}

	// --- JSON bodies ---

	@Test
	void aNulInARegisteredNameNamesTheField() {
		assertRefusedField(caseworker().postJson("/api/v1/cases", CHILD.replace("Krasniqi", "Kras\\u0000niqi")),
				"invalid-characters", "familyName");
	}

	@Test
	void aControlCharacterInAnIdentityFactNamesTheField() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker);
		assertRefusedField(caseworker.postJson("/api/v1/cases/" + id + "/identity-facts", """
				{"kind": "NAME", "givenName": "Arta", "familyName": "Krasniqi", "source": "Synthetic \\u001b[2J record"}"""),
				"invalid-characters", "source");
	}

	@Test
	void aNulInAReferralNamesTheField() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker);
		assertRefusedField(caseworker.postJson("/api/v1/cases/" + id + "/referrals", """
				{"organisationId": "%s", "service": "Support\\u0000", "basis": "CHILD_CONSENT"}"""
			.formatted(java.util.UUID.randomUUID())), "invalid-characters", "service");
	}

	@Test
	void aNulInAListOfAliasesNamesTheItem() {
		assertRefusedField(caseworker().postJson("/api/v1/cases",
				CHILD.replace("\"sex\"", "\"aliases\": [\"Arti\", \"A\\u0000\"], \"sex\"")), "invalid-characters",
				"aliases[1]");
	}

	@Test
	void tabsAndLineBreaksInNotesAreKept() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker);
		HttpResponse<String> note = caseworker.postJson("/api/v1/cases/" + id + "/notes",
				"{\"body\": \"First line\\r\\nSecond\\tline\"}");
		assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
	}

	@Test
	void aFractionalBirthYearIsRefusedNamingTheField() {
		assertRefusedField(caseworker().postJson("/api/v1/cases", CHILD.replace("2011", "2011.5")),
				"validation-failed", "birthYear");
	}

	@Test
	void aNumberAsANameIsRefusedNamingTheField() {
		assertRefusedField(caseworker().postJson("/api/v1/cases", CHILD.replace("\"Krasniqi\"", "12")),
				"validation-failed", "familyName");
	}

	@Test
	void aDuplicateKeyIsRefusedNamingTheField() {
		assertRefusedField(caseworker().postJson("/api/v1/cases",
				CHILD.replace("\"sex\"", "\"familyName\": \"Other\", \"sex\"")), "validation-failed", "familyName");
	}

	// --- names that would look like another child's ---

	@Test
	void aNameWithABidirectionalOverrideIsRefused() {
		assertRefusedField(caseworker().postJson("/api/v1/cases", CHILD.replace("Arta", "Ar\u202Eta")),
				"validation-failed", "givenName");
	}

	@Test
	void aNameWithAZeroWidthSpaceIsRefused() {
		assertRefusedField(caseworker().postJson("/api/v1/cases", CHILD.replace("Krasniqi", "Kras\u200Bniqi")),
				"validation-failed", "familyName");
	}

	@Test
	void anAliasFactWithAnInvisibleCharacterIsRefused() {
		HttpTestClient caseworker = caseworker();
		String id = register(caseworker);
		assertRefusedField(caseworker.postJson("/api/v1/cases/" + id + "/identity-facts", """
				{"kind": "ALIAS", "givenName": "Ar\u2066ta", "source": "Synthetic record"}"""), "validation-failed",
				"givenName");
	}

	@Test
	void aPersianNameKeepsItsZeroWidthNonJoiner() {
		// "Mehrangiz" in Persian is written with a zero-width non-joiner between its two parts.
		HttpResponse<String> response = caseworker().postJson("/api/v1/cases",
				CHILD.replace("Arta", "مهر\u200Cانگیز").replace("\"AL\"", "\"IR\""));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

}
