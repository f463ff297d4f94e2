package org.protect.reports;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.protect.accounts.CurrentUser;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.BiaElement;
import org.protect.cases.CaseAccess;
import org.protect.cases.CaseDetails;
import org.protect.cases.CaseManagement;
import org.protect.cases.CaseStage;
import org.protect.cases.ExploitationType;
import org.protect.cooperation.CooperationRequests;
import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.Assessment;
import org.protect.monitoring.Condition;
import org.protect.monitoring.WellBeingCharts;
import org.protect.monitoring.WellBeingManagement;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues court reports. A report is made for its reader: the case as {@link CaseManagement#caseFile} shows
 * it to them (the team sees the whole file, a judge what is disclosed to their court), with the timeline
 * and the cross-border steps. Only readers of the case's content get one (anyone else: "not found"); each
 * issue, on screen or as PDF, is audited with its reference.
 */
@Service
@Transactional
public class CourtReports {

	static final String TEMPLATE = "reports/court-report";

	/** The case number of the synthetic report rendered at start-up: no case has it. */
	static final String WARM_UP_CASE_NUMBER = "WARM-UP";

	private final CaseManagement cases;

	private final CooperationRequests requests;

	private final AuditLog audit;

	private final ITemplateEngine templates;

	private final NodeProperties node;

	private final WellBeingManagement wellBeing;

	private final WellBeingCharts charts;

	private final Clock clock = Clock.systemUTC();

	CourtReports(CaseManagement cases, CooperationRequests requests, AuditLog audit, ITemplateEngine templates,
			NodeProperties node, WellBeingManagement wellBeing, WellBeingCharts charts) {
		this.wellBeing = wellBeing;
		this.charts = charts;
		this.cases = cases;
		this.requests = requests;
		this.audit = audit;
		this.templates = templates;
		this.node = node;
	}

	/**
	 * A report on the case for the signed-in reader, audited as issued in {@code format} ({@code HTML} or
	 * {@code PDF}).
	 */
	@PreAuthorize("isAuthenticated()")
	public CourtReport issue(UUID caseId, String format) {
		CaseDetails details = cases.caseFile(caseId);
		if (!details.access().showsContent()) {
			audit.record(new AuditEvent("CASE_REPORT_REFUSED", "case", caseId.toString(), AuditOutcome.DENIED,
					details.access().name(), null));
			throw new NotFoundException("cases.notFound");
		}
		Map<String, Object> documents = new LinkedHashMap<>();
		details.parts().forEach((part, version) -> documents.put(part.path(), version.document()));
		CurrentUser reader = CurrentUser.current().orElseThrow();
		CourtReport report = new CourtReport(UUID.randomUUID(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
				reader.displayName() + " (" + reader.username() + ")", node.country(), details, documents,
				cases.timeline(caseId), requests.stepsOf(caseId), wellBeing.comparison(caseId).situations(),
				trend(wellBeing.trend(caseId).points()));
		audit.record(AuditEvent.success("CASE_REPORT_ISSUED", "case", caseId)
			.withDetails(format + " report " + report.reference() + " for " + reader.username()));
		return report;
	}

	/** The trend is the current situation and the follow-ups since: none before the first follow-up. */
	private static List<Assessment> trend(List<Assessment> points) {
		return points.stream().anyMatch(point -> point.situation() == AssessedSituation.FOLLOW_UP) ? points : List.of();
	}

	/** What the report's template needs besides the report itself, the charts in the reader's language. */
	public Map<String, Object> model(CourtReport report, boolean pdf, Locale locale) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("report", report);
		model.put("details", report.details());
		model.put("docs", report.documents());
		model.put("timeline", cases.inWords(report.details().id(), report.timeline()));
		model.put("exploitationTypes", ExploitationType.values());
		model.put("biaElements", BiaElement.values());
		model.put("pdf", pdf);
		model.put("conditions", Condition.values());
		Map<String, String> labels = new LinkedHashMap<>();
		wellBeing.scale().levels().forEach(level -> labels.put(level.code(), level.label()));
		model.put("scaleLabels", labels);
		if (!report.situations().isEmpty()) {
			model.put("comparisonChart", charts.comparison("report-comparison-chart", report.situations(), locale));
		}
		if (!report.followUps().isEmpty()) {
			model.put("trendChart", charts.trend("report-trend-chart", report.followUps(), locale));
		}
		if (pdf) {
			model.put("css", ReportPdf.CSS);
		}
		return model;
	}

	/** The report as a tagged PDF in the reader's language, with fonts that print every script the node uses. */
	public byte[] pdf(CourtReport report, Locale locale) {
		String html = templates.process(TEMPLATE, new Context(locale, model(report, true, locale)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportPdf.render(html, out);
		return out.toByteArray();
	}

	/**
	 * Renders a synthetic report, of no case and no person, to nothing: the first real one then finds the
	 * template parsed, the renderer's, PDFBox's and Batik's classes loaded and compiled, and the fonts read.
	 * Not audited, since nothing is issued; needs no signed-in user.
	 */
	void warmUp() {
		CaseDetails details = new CaseDetails(new UUID(0, 0), WARM_UP_CASE_NUMBER, CaseStage.IDENTIFIED,
				CaseAccess.TEAM, java.util.Set.of(), new UUID(0, 0), "", null,
				new CaseDetails.ChildSummary("", "U", null, null, false, false, null, null, false, false), List.of(),
				Map.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(),
				0);
		CourtReport report = new CourtReport(new UUID(0, 0), Instant.now(clock), "", node.country(), details,
				Map.of(), List.of(), List.of(), List.of(), List.of());
		pdf(report, Locale.ENGLISH);
		// The synthetic report has no well-being chart; one small drawing loads Batik and hands it the fonts.
		ReportPdf.render(ReportPdf.WARM_UP_HTML, java.io.OutputStream.nullOutputStream());
	}

}
