package org.protect.cooperation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseSharing;
import org.protect.cooperation.RequestDetails;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestSummary;
import org.protect.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reading the conversations. An incoming request is for the central authority only; an outgoing one for
 * the case's team and the central authority (which approves drafts). For anyone else it does not exist.
 * Every read is audited.
 */
@Component
public class RequestViews {

	private static final List<RequestState> OPEN = List.of(RequestState.DELIVERED, RequestState.ACKNOWLEDGED,
			RequestState.OVERDUE);

	private final RequestRepository requests;

	private final PartnerRepository partners;

	private final CaseSharing sharing;

	private final AuditLog audit;

	private final JsonMapper json;

	RequestViews(RequestRepository requests, PartnerRepository partners, CaseSharing sharing, AuditLog audit,
			JsonMapper json) {
		this.requests = requests;
		this.partners = partners;
		this.sharing = sharing;
		this.audit = audit;
		this.json = json;
	}

	public RequestDetails details(UUID id) {
		RequestRepository.Row row = requests.find(id).orElseThrow(() -> notFound(id));
		boolean centralAuthority = RequestSending.centralAuthority();
		if (row.direction() == RequestDirection.INCOMING && !centralAuthority) {
			throw notFound(id);
		}
		if (row.direction() == RequestDirection.OUTGOING && !centralAuthority) {
			sharing.requireTeam(row.caseId());
		}
		var partner = partners.find(row.partnerNode()).orElse(null);
		List<RequestDetails.Message> messages = requests.messages(id)
			.stream()
			.map(m -> new RequestDetails.Message(m.id(), m.messageId(), m.direction(), m.kind(),
					json.readTree(m.payload()), m.createdAt(), m.createdBy(), m.delivery()))
			.toList();
		audit.record(AuditEvent.success("COOPERATION_REQUEST_READ", RequestSending.RECORD_TYPE, id)
			.withDetails(row.direction() + " " + row.type()));
		return new RequestDetails(row.id(), row.conversationId(), row.type(), row.direction(), row.partnerNode(),
				partner == null ? null : partner.name(), partner == null ? null : partner.country(), row.caseId(),
				row.partnerCaseNumber(), row.legalBasis(), row.state(), row.sendRule(), row.deadline(), row.approvedBy(),
				row.approvedAt(), row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy(), row.version(),
				messages);
	}

	/** The central authority's queue: incoming requests waiting for an answer, and every other one after. */
	public List<RequestSummary> inbox(boolean openOnly) {
		List<RequestState> states = openOnly ? OPEN : List.of(RequestState.values());
		audit.record(AuditEvent.success("COOPERATION_INBOX_READ", RequestSending.RECORD_TYPE, null)
			.withDetails(openOnly ? "open" : "all"));
		return summaries(requests.list(RequestDirection.INCOMING, states, 500));
	}

	/** The requests of a case, newest first, for its team (anyone else: "not found", audited). */
	public List<RequestSummary> ofCase(UUID caseId) {
		sharing.requireTeam(caseId);
		audit.record(AuditEvent.success("COOPERATION_CASE_REQUESTS_READ", RequestSending.RECORD_TYPE, null)
			.withDetails("case " + caseId));
		return summaries(requests.ofCase(caseId));
	}

	/**
	 * The requests of a case as a court report lists them, for its team or a judge it is disclosed to
	 * (anyone else: "not found", audited). The threads themselves stay with the team.
	 */
	public List<RequestSummary> stepsOf(UUID caseId) {
		sharing.requireReader(caseId);
		audit.record(AuditEvent.success("COOPERATION_CASE_REQUESTS_READ", RequestSending.RECORD_TYPE, null)
			.withDetails("case " + caseId + " for a report"));
		return summaries(requests.ofCase(caseId));
	}

	/** Drafts waiting for the central authority's approval. */
	public List<RequestSummary> drafts() {
		audit.record(AuditEvent.success("COOPERATION_DRAFTS_READ", RequestSending.RECORD_TYPE, null));
		return summaries(requests.list(RequestDirection.OUTGOING, List.of(RequestState.DRAFT), 500));
	}

	/** The rows as a list shows them, each with its partner's name (the partners read once). */
	private List<RequestSummary> summaries(List<RequestRepository.Row> rows) {
		Map<UUID, String> names = new HashMap<>();
		partners.all().forEach(p -> names.put(p.nodeId(), p.label()));
		return rows.stream()
			.map(row -> new RequestSummary(row.id(), row.conversationId(), row.type(), row.direction(),
					row.partnerNode(), names.get(row.partnerNode()), row.caseId(), row.partnerCaseNumber(),
					row.legalBasis(), row.state(), row.sendRule(), row.deadline(), row.createdAt(), row.createdBy(),
					row.updatedAt(), row.updatedBy(), row.version()))
			.toList();
	}

	private NotFoundException notFound(UUID id) {
		audit.record(new AuditEvent("COOPERATION_REQUEST_ACCESS_REFUSED", RequestSending.RECORD_TYPE, id.toString(),
				AuditOutcome.DENIED, null, null));
		return new NotFoundException("cooperation.request.notFound");
	}

}
