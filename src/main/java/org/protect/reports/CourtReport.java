package org.protect.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.cases.CaseDetails;
import org.protect.cases.TimelineEntry;
import org.protect.cooperation.RequestSummary;
import org.protect.monitoring.Assessment;

/**
 * One issue of a court report: what the reader may see of the case, as of the moment it was issued.
 *
 * @param reference this reference, printed on every copy and kept in the audit log
 * @param issuedTo the reader's display name and user name
 * @param documents the case's parts by their path ({@code best-interests-determination}, …)
 * @param crossBorder the requests to and from partner countries about the case
 * @param situations the well-being assessments of the current situation and of each option, side by side
 * @param followUps the trend: the current situation and the follow-ups since, oldest first; empty before the
 *        first follow-up
 */
public record CourtReport(UUID reference, Instant issuedAt, String issuedTo, String country, CaseDetails details,
		Map<String, Object> documents, List<TimelineEntry> timeline, List<RequestSummary> crossBorder,
		List<Assessment> situations, List<Assessment> followUps) {
}
