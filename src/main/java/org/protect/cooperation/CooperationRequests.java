package org.protect.cooperation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.cooperation.internal.RequestSending;
import org.protect.cooperation.internal.RequestViews;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-border requests as conversations between two nodes. The case team sends (or drafts) a request
 * about its case, carrying only what the type declares; the central authority approves drafts, handles
 * its queue of incoming requests and answers them. Pages and API call these methods.
 */
@Service
@Transactional
public class CooperationRequests {

	private final RequestSending sending;

	private final RequestViews views;

	CooperationRequests(RequestSending sending, RequestViews views) {
		this.sending = sending;
		this.views = views;
	}

	/**
	 * Exactly what would leave the node and under which legal basis; nothing is stored or sent. The case
	 * access and art. 37 checks are those of {@link #create}.
	 */
	@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
	public RequestPreview preview(NewRequestCommand command) {
		return sending.preview(command);
	}

	/**
	 * Creates a request about a case of the caller's team and, when the type's send rule is
	 * {@link SendRule#TEAM}, sends it; otherwise it waits as a {@link RequestState#DRAFT} for the central
	 * authority's approval.
	 */
	@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
	public RequestSummary create(NewRequestCommand command) {
		UUID id = sending.create(command);
		return summary(id);
	}

	/** A central authority officer other than the drafter approves a draft; it is sent. */
	@PreAuthorize("hasRole('CENTRAL_AUTHORITY')")
	public RequestDetails approve(UUID id) {
		sending.approve(id);
		return views.details(id);
	}

	/** The thread: state, legal basis, deadline and every message; audited. */
	@PreAuthorize("isAuthenticated()")
	public RequestDetails request(UUID id) {
		return views.details(id);
	}

	/** The central authority's queue of incoming requests. */
	@PreAuthorize("hasRole('CENTRAL_AUTHORITY')")
	public List<RequestSummary> inbox(boolean openOnly) {
		return views.inbox(openOnly);
	}

	/** The requests about a case, for its team. */
	@PreAuthorize("isAuthenticated()")
	public List<RequestSummary> ofCase(UUID caseId) {
		return views.ofCase(caseId);
	}

	/** The requests about a case for its team or a judge it is disclosed to, e.g. for a court report. */
	@PreAuthorize("isAuthenticated()")
	public List<RequestSummary> stepsOf(UUID caseId) {
		return views.stepsOf(caseId);
	}

	/** Drafts waiting for approval. */
	@PreAuthorize("hasRole('CENTRAL_AUTHORITY')")
	public List<RequestSummary> drafts() {
		return views.drafts();
	}

	/**
	 * Answers an incoming request with its type's answer fields ({@link RequestType#answerFields()}), or
	 * declines it ({@code "decision": "DECLINE"} with {@code reasons}) where the type allows. The answer
	 * goes back in the same conversation.
	 */
	@PreAuthorize("hasRole('CENTRAL_AUTHORITY')")
	public RequestDetails answer(UUID id, Map<String, String> fields) {
		sending.answer(id, fields == null ? Map.of() : fields);
		return views.details(id);
	}

	/**
	 * The recipient's central authority acknowledges an incoming request ({@code note}, and for a follow-up
	 * {@code scheduledOn}, both optional); the sender sees it acknowledged.
	 */
	@PreAuthorize("hasRole('CENTRAL_AUTHORITY')")
	public RequestDetails acknowledge(UUID id, Map<String, String> fields) {
		sending.acknowledge(id, fields == null ? Map.of() : fields);
		return views.details(id);
	}

	/** The case team or the central authority withdraws an outgoing request, with its {@code reasons}. */
	@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'CENTRAL_AUTHORITY')")
	public RequestDetails withdraw(UUID id, Map<String, String> fields) {
		sending.withdraw(id, fields == null ? Map.of() : fields);
		return views.details(id);
	}

	/**
	 * Records the hand-over of a returned child ({@code handedOverOn}, {@code note}): the sending case's team
	 * or central authority on one side, the receiving central authority on the other; each side sees both.
	 */
	@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'CENTRAL_AUTHORITY')")
	public RequestDetails recordHandover(UUID id, Map<String, String> fields) {
		sending.recordHandover(id, fields == null ? Map.of() : fields);
		return views.details(id);
	}

	private RequestSummary summary(UUID id) {
		RequestDetails d = views.details(id);
		return new RequestSummary(d.id(), d.conversationId(), d.type(), d.direction(), d.partnerNodeId(),
				d.partnerName() == null ? null : d.partnerName() + " (" + d.partnerCountry() + ")", d.caseId(),
				d.partnerCaseNumber(), d.legalBasis(), d.state(), d.sendRule(), d.deadline(), d.createdAt(),
				d.createdBy(), d.updatedAt(), d.updatedBy(), d.version());
	}

}
