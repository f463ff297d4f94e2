package org.protect.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

/**
 * The editors' upload page: a file is a form field like any other, CSRF token included.
 */
class DirectoryImportPageIntegrationTests extends IntegrationTest {

	@Test
	void anUploadedCsvIsImportedInTheBackgroundAndItsProgressShown() throws InterruptedException {
		HttpTestClient editor = client();
		editor.signIn("editor.se", PASSWORD);
		String csv = "key,country,name,agency_types\nagency:ee:uploaded,EE,Synthetic Uploaded Agency,NGO\n";
		HttpResponse<String> upload = upload(editor, "agencies.csv", csv);
		assertThat(upload.statusCode()).isEqualTo(302);
		String progress = HttpTestClient.location(upload).replaceFirst("^https?://[^/]+", "");
		assertThat(progress).startsWith("/directory/editor/import/");
		String page = "";
		for (int i = 0; i < 100 && !page.contains("Done:"); i++) {
			Thread.sleep(100);
			page = editor.get(progress).body();
		}
		assertThat(page).contains("Done: 1 new entries").contains("A second editor must publish this import.");
	}

	@Test
	void anUploadWithProblemsListsThemWithTheirLines() {
		HttpTestClient editor = client();
		editor.signIn("editor.se", PASSWORD);
		String csv = "key,country,name,agency_types\nagency:ee:broken,EE,,SPACESHIP\n";
		HttpResponse<String> refused = upload(editor, "agencies.csv", csv);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("agency_types").contains("<td>2</td>");
	}

	private static HttpResponse<String> upload(HttpTestClient editor, String filename, String content) {
		String csrf = HttpTestClient.csrf(editor.get("/directory/editor/import").body());
		String boundary = "----protect" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return editor.send(editor.request("/directory/editor/import")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

}
