package org.protect.reports.web;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.reports.CourtReports;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The court report for API clients. */
@RestController
@Tag(name = "Court reports")
class CourtReportRestController {

	private final CourtReports reports;

	CourtReportRestController(CourtReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/cases/{id}/report.pdf")
	@Operation(summary = "The court report of a case as PDF, for those who may read the case's content",
			description = "Cover page with the case number and the reader it was issued to; audited.")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		return CourtReportWebController.pdfResponse(reports, id, locale);
	}

}
