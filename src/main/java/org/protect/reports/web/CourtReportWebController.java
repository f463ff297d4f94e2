package org.protect.reports.web;

import java.util.Locale;
import java.util.UUID;

import org.protect.reports.CourtReport;
import org.protect.reports.CourtReports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The court report on screen, and the same as a PDF to download. */
@Controller
class CourtReportWebController {

	private final CourtReports reports;

	CourtReportWebController(CourtReports reports) {
		this.reports = reports;
	}

	@GetMapping("/cases/{id}/report")
	String report(@PathVariable UUID id, Model model, Locale locale) {
		model.addAllAttributes(reports.model(reports.issue(id, "HTML"), false, locale));
		return "reports/court-report";
	}

	@GetMapping("/cases/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		return pdfResponse(reports, id, locale);
	}

	static ResponseEntity<byte[]> pdfResponse(CourtReports reports, UUID id, Locale locale) {
		CourtReport report = reports.issue(id, "PDF");
		byte[] pdf = reports.pdf(report, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("court-report-" + report.details().caseNumber() + ".pdf")
				.build()
				.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
