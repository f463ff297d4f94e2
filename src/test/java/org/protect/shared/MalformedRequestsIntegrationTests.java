package org.protect.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.protect.support.IntegrationTest;
import org.protect.support.RawHttp;
import org.protect.support.RawHttp.Answer;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests no browser or well-behaved client sends, as an attacker or a broken client might: each is answered
 * with problem JSON on the API or the error page elsewhere, with the security headers, never the servlet
 * container's own page, and none fills the log with stack traces. Sent over a raw socket, so that nothing
 * between the test and the server repairs them.
 */
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIntegrationTests extends IntegrationTest {

	private Answer send(String request) {
		return RawHttp.send(port, request.getBytes(StandardCharsets.UTF_8));
	}

	private Answer get(String target, String... headers) {
		return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("", headers)
				+ "Connection: close\r\n\r\n");
	}

	@Test
	void aParameterWithoutANameIsABadRequestAndLeavesNoStackTrace(CapturedOutput output) {
		Answer answer = get("/api/v1/guide?=x");
		answer.assertProblem(400, "bad-request");
		assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain("\tat org.apache");
	}

	@Test
	void aParameterWithoutANameOnAPageIsTheErrorPage() {
		get("/guide?=x").assertErrorPage(400);
	}

	@Test
	void aParameterWithoutANameAndNoContentTypeIsABadRequest() {
		send("POST /api/v1/session?=x HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
			.assertProblem(400, "bad-request");
	}

	@Test
	void anEncodedSlashInAnApiPathIsProblemJson() {
		get("/api/v1/directory/entries/a%2Fb").assertProblem(400, "bad-request");
	}

	@Test
	void anEncodedSlashInAPagePathIsTheErrorPage() {
		get("/directory/entries/a%2Fb").assertErrorPage(400);
	}

	@Test
	void aNulInAPathIsProblemJson() {
		get("/api/v1/directory/entries/a%00b").assertProblem(400, "bad-request");
	}

	@Test
	void aVeryLongQueryIsProblemJson() {
		get("/api/v1/guide?country=LV&situation=" + "x".repeat(70_000)).assertProblem(400, "bad-request");
	}

	@Test
	void aVeryLargeHeaderIsProblemJson() {
		get("/api/v1/guide?country=LV", "X-Synthetic: " + "y".repeat(20_000) + "\r\n").assertProblem(400,
				"bad-request");
	}

	@Test
	void aVeryLargeHeaderOnAPageIsAnErrorPage() {
		get("/guide", "X-Synthetic: " + "y".repeat(20_000) + "\r\n").assertErrorPage(400);
	}

	// --- uploads (the only multipart endpoint of the API) ---

	private Answer upload(String contentType, String body) {
		String token = org.protect.support.HttpTestClient.json(client().postJson("/api/v1/session",
				"{\"username\":\"caseworker.se\",\"password\":\"" + PASSWORD + "\"}")).get("token").asString();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String head = "POST /api/v1/cases/" + java.util.UUID.randomUUID() + "/documents HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + token + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
				+ bytes.length + "\r\nConnection: close\r\n\r\n";
		byte[] request = new byte[head.length() + bytes.length];
		System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, request, 0, head.length());
		System.arraycopy(bytes, 0, request, head.length(), bytes.length);
		return RawHttp.send(port, request);
	}

	private static String part(String disposition, String content) {
		return "--b0undary\r\nContent-Disposition: form-data; " + disposition
				+ "\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n";
	}

	@Test
	void anUploadWithoutAFilePartIsABadRequestNamingTheFile() {
		Answer answer = upload("multipart/form-data; boundary=b0undary",
				part("name=\"other\"; filename=\"a.pdf\"", "%PDF-1.4") + "--b0undary--\r\n");
		answer.assertProblem(400, "validation-failed");
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void anUploadWithoutPartsIsABadRequest() {
		upload("multipart/form-data; boundary=b0undary", "--b0undary--\r\n").assertProblem(400, "validation-failed");
	}

	@Test
	void anUploadWithoutABoundaryIsABadRequest() {
		upload("multipart/form-data", part("name=\"file\"; filename=\"a.pdf\"", "%PDF-1.4") + "--b0undary--\r\n")
			.assertProblem(400, "bad-request");
	}

	@Test
	void anUploadWithANulInItsFileNameNamesTheFile() {
		Answer answer = upload("multipart/form-data; boundary=b0undary",
				part("name=\"file\"; filename=\"a\u0000.pdf\"", "%PDF-1.4") + "--b0undary--\r\n");
		answer.assertProblem(400, "invalid-characters");
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	@Test
	void anUploadWithAVeryLongFileNameIsProblemJson() {
		upload("multipart/form-data; boundary=b0undary",
				part("name=\"file\"; filename=\"" + "a".repeat(2_000) + ".pdf\"", "%PDF-1.4") + "--b0undary--\r\n")
			.assertProblem(413, "payload-too-large");
	}

}
