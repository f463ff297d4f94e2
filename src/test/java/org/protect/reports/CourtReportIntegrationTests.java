package org.protect.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditQuery;
import org.protect.support.ApiUsers;
import org.protect.support.AsAdmin;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.Pdfs;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The court report as a PDF a judge can read: parsed back, it has a cover page naming the case and its
 * reader, the child in every script, the BID and its reasons, the history; a judge the case is disclosed
 * to gets it, a stranger is told the case does not exist; every issue is audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourtReportIntegrationTests extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now();

	@Autowired
	CourtReportWarmUp warmUp;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog audit;

	private HttpTestClient caseworker;

	private HttpTestClient judge;

	private String caseId;

	private String caseNumber;

	@BeforeAll
	void aCaseWithADeterminationDisclosedToACourt() {
		caseworker = client().withToken("caseworker.se", PASSWORD);
		var court = ApiUsers.organisation(accounts, OrganisationType.COURT, null);
		judge = ApiUsers.signedIn(client(), client(), ApiUsers.create(accounts, court, Role.JUDGE), true);
		HttpResponse<String> created = caseworker.postJson("/api/v1/cases", """
				{"givenName": "Мирослава", "familyName": "Звітна", "sex": "F", "birthYear": 2013,
				 "nationalityClaimed": "UA"}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		caseId = HttpTestClient.json(created).get("id").asString();
		caseNumber = HttpTestClient.json(created).get("caseNumber").asString();
		HttpResponse<String> bid = caseworker.putJson("/api/v1/cases/" + caseId + "/best-interests-determination", """
				{"panel": [{"name": "Synthetic Panellist", "role": "Psychologist", "noConflictDeclared": true},
				           {"name": "Synthetic Guardian", "role": "Guardian", "noConflictDeclared": true}],
				 "options": [{"solution": "INTEGRATION_HERE", "reasonsFor": "Synthetic: settled",
				              "reasonsAgainst": "Synthetic: far from family"}],
				 "decision": "INTEGRATION_HERE",
				 "reasons": "Synthetic reasons: she is settled at school and her family cannot be traced.",
				 "decidedOn": "%s", "reviewOn": "%s"}""".formatted(TODAY, TODAY.plusMonths(6)));
		assertThat(bid.statusCode()).as(bid.body()).isEqualTo(200);
		for (String[] situation : new String[][] { { "CURRENT", null, "3" }, { "OPTION", "Synthetic: stay with the foster family", "4" } }) {
			HttpResponse<String> assessed = caseworker.postJson("/api/v1/cases/" + caseId + "/well-being/assessments",
					org.protect.monitoring.WellBeingApiIntegrationTests.body(situation[0], situation[1], null, situation[2],
							null));
			assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
		}
		HttpTestClient supervisor = client().withToken("supervisor.se", PASSWORD);
		assertThat(supervisor.postJson("/api/v1/cases/" + caseId + "/team",
				"{\"username\": \"supervisor.se\", \"part\": \"SUPERVISOR\"}").statusCode()).isEqualTo(204);
		assertThat(supervisor.postJson("/api/v1/cases/" + caseId + "/disclosures",
				"{\"organisationId\": \"" + court + "\", \"reason\": \"Synthetic guardianship hearing\"}").statusCode())
			.isEqualTo(204);
	}

	@Test
	void theRendererIsWarmedUpInTheBackgroundOnceTheNodeIsReady() throws InterruptedException {
		// Whether it ran and rendered, not how long it took: speed is the benchmark's (scripts/bench-report-first).
		assertThat(warmUp.awaitWarmedUp(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
	}

	@Test
	void theCaseTeamGetsAPdfWithACoverPageNamingTheCaseAndItsReaderAndTheDetermination() throws IOException {
		long issuedBefore = issued();
		HttpResponse<byte[]> response = pdf(caseworker, "/api/v1/cases/" + caseId + "/report.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(caseNumber);
		try (PDDocument document = Loader.loadPDF(response.body())) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String cover = text(document, 1, 1);
			assertThat(cover).contains(caseNumber).contains("Court report").contains("Issued to")
				.contains("caseworker.se");
			String body = text(document, 2, document.getNumberOfPages());
			// The embedded font prints the child's name in its own script too.
			assertThat(body).contains("Звітна").contains("Synthetic reasons: she is settled at school")
				.contains("Synthetic Panellist")
				.contains("Timeline");
			// The well-being profile of the current situation and the option, side by side, with the child's view.
			assertThat(body.replaceAll("\\s+", " ")).contains("Well-being")
				.contains("Synthetic: stay with the foster family")
				.contains("I want to go to school.");
			assertThat(document.getDocumentInformation().getTitle()).contains(caseNumber);
			// The side-by-side chart of the well-being pages is drawn in, a tagged figure with its alternative text.
			assertThat(Pdfs.figures(document))
				.singleElement()
				.satisfies(alt -> assertThat(alt).startsWith("The situations side by side.")
					.contains("Synthetic: stay with the foster family"));
		}
		assertThat(issued()).isEqualTo(issuedBefore + 1);
	}

	@Test
	void aJudgeTheCaseIsDisclosedToGetsTheReportAndAStrangerIsToldTheCaseDoesNotExist() throws IOException {
		HttpResponse<byte[]> response = pdf(judge, "/api/v1/cases/" + caseId + "/report.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(response.body())) {
			assertThat(text(document, 1, 1)).contains(caseNumber).contains("What is disclosed to the reader's court");
		}
		HttpTestClient stranger = client().withToken("ngo.se", PASSWORD);
		HttpResponse<byte[]> refused = pdf(stranger, "/api/v1/cases/" + caseId + "/report.pdf");
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(new String(refused.body())).contains("\"status\":404");
	}

	@Test
	void theSameReportIsAPageOnScreenInTheReadersLanguage() {
		HttpTestClient browser = client();
		browser.signIn("caseworker.se", PASSWORD);
		HttpResponse<String> page = browser.get("/cases/" + caseId + "/report?lang=sv");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<svg").contains("id=\"report-comparison-chart\"");
		assertThat(page.body()).contains(caseNumber).contains("Domstolsrapport").contains("Utfärdad till")
			.contains("Synthetic reasons: she is settled at school")
			.contains("/cases/" + caseId + "/report.pdf");
	}

	private long issued() {
		return AsAdmin.call(() -> audit.find(new AuditQuery(null, "CASE_REPORT_ISSUED", null, null, null), 0, 500)
			.entries()
			.stream()
			.filter(entry -> caseId.equals(entry.recordId()))
			.count());
	}

	private static String text(PDDocument document, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(document);
	}

	private static HttpResponse<byte[]> pdf(HttpTestClient client, String path) {
		try {
			return HttpClient.newHttpClient().send(client.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
