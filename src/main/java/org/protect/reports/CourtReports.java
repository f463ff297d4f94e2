package org.protect.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.protect.accounts.CurrentUser;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.BiaElement;
import org.protect.cases.CaseDetails;
import org.protect.cases.CaseManagement;
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

	/** The report's style sheet, which the page links and the PDF carries inline. */
	private static final String CSS = resource("/static/css/report.css");

	private static final String FONT = "DejaVu Sans";

	/** The jar's fonts, copied once to temporary files: the SVG drawer takes fonts as files only. */
	private static final FontFiles FONT_FILES = FontFiles.copy();

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
			model.put("css", CSS);
		}
		return model;
	}

	/** The report as a tagged PDF in the reader's language, with fonts that print every script the node uses. */
	public byte[] pdf(CourtReport report, Locale locale) {
		String html = templates.process(TEMPLATE, new Context(locale, model(report, true, locale)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			// Fonts given as files serve the charts too: the renderer hands them to the SVG drawer, so the charts'
			// text is in the embedded fonts, not in whatever fonts the server has (maybe none).
			builder.useFont(FONT_FILES.regular(), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(FONT_FILES.bold(), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			// The charts are the pages' SVG, drawn by Batik without scripts or anything loaded from outside.
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the court report could not be rendered", ex);
		}
		return out.toByteArray();
	}

	private static String resource(String path) {
		try (InputStream in = CourtReports.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the jar");
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record FontFiles(java.io.File regular, java.io.File bold) {

		static FontFiles copy() {
			return new FontFiles(file("DejaVuSans.ttf"), file("DejaVuSans-Bold.ttf"));
		}

		private static java.io.File file(String name) {
			try (InputStream in = font(name)) {
				java.nio.file.Path copy = java.nio.file.Files.createTempFile("protect-report-", "-" + name);
				java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				copy.toFile().deleteOnExit();
				return copy.toFile();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("font " + name + " could not be copied for the charts", ex);
			}
		}

	}

	private static InputStream font(String file) {
		InputStream in = CourtReports.class.getResourceAsStream("/reports/fonts/" + file);
		if (in == null) {
			throw new IllegalStateException("font " + file + " is missing from the jar");
		}
		return in;
	}

}
