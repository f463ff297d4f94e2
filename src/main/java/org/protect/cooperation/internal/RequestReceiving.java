package org.protect.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseSharing;
import org.protect.cases.FamilyAssessment;
import org.protect.cooperation.MessageKind;
import org.protect.cooperation.MessageReceived;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestType;
import org.protect.cooperation.SendRule;
import org.protect.monitoring.FollowUpRatings;
import org.protect.monitoring.PartnerFollowUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What arrives and what is delivered moves the conversations. Listeners run in the transaction that stored
 * the message (the inbox's) or marked it delivered (the dispatcher's), so a request record exists exactly
 * when its message does. Nothing here throws for a message that does not fit a conversation: it is stored
 * in the inbox already, and the mismatch is audited.
 */
@Component
class RequestReceiving {

	private static final Logger log = LoggerFactory.getLogger(RequestReceiving.class);

	private static final java.util.Map<MessageKind, String> AUDIT_RECEIVED = java.util.Map.of(MessageKind.ANSWER,
			"COOPERATION_REQUEST_ANSWER_RECEIVED", MessageKind.ACKNOWLEDGEMENT,
			"COOPERATION_REQUEST_ACKNOWLEDGEMENT_RECEIVED", MessageKind.WITHDRAWAL,
			"COOPERATION_REQUEST_WITHDRAWAL_RECEIVED", MessageKind.HANDOVER, "COOPERATION_REQUEST_HANDOVER_RECEIVED");

	private final RequestRepository requests;

	private final PartnerRepository partners;

	private final CaseSharing sharing;

	private final AuditLog audit;

	private final JsonMapper json;

	private final TransactionTemplate inTransaction;

	private final PartnerFollowUps followUps;

	private final Clock clock = Clock.systemUTC();

	RequestReceiving(RequestRepository requests, PartnerRepository partners, CaseSharing sharing, AuditLog audit, JsonMapper json,
			PlatformTransactionManager transactions, PartnerFollowUps followUps) {
		this.requests = requests;
		this.partners = partners;
		this.sharing = sharing;
		this.audit = audit;
		this.json = json;
		this.inTransaction = new TransactionTemplate(transactions);
		this.followUps = followUps;
	}

	@EventListener
	void received(MessageReceived message) {
		RequestType type = RequestType.ofCode(message.type());
		if (type != null) {
			opened(type, message);
			return;
		}
		MessageKind kind = MessageKind.ofMessageType(message.type());
		if (kind != null) {
			step(kind, message);
		}
	}

	/** A partner's request opens a linked record in the central authority's queue. */
	private void opened(RequestType type, MessageReceived message) {
		String actor = "node:" + message.senderNode();
		if (requests.lockByConversation(message.conversationId()).isPresent()) {
			mismatch(message, "conversation already open");
			return;
		}
		JsonNode payload = json.readTree(message.payload());
		JsonNode answerBy = payload.get("answerBy");
		JsonNode caseNumber = payload.path("case").get("caseNumber");
		UUID id = UUID.randomUUID();
		Instant now = now();
		requests.insert(new RequestRepository.Row(id, message.conversationId(), type, RequestDirection.INCOMING,
				message.senderNode(), null, caseNumber == null || !caseNumber.isString() ? null : caseNumber.asString(),
				message.legalBasis() == null ? "" : message.legalBasis(), RequestState.DELIVERED,
				SendRule.CENTRAL_AUTHORITY,
				answerBy == null || !answerBy.isString() ? null : LocalDate.parse(answerBy.asString()), null, null, now,
				actor, now, actor, 1));
		requests.insertMessage(id, message.messageId(), RequestDirection.INCOMING, "REQUEST", message.payload(), now,
				actor);
		audit.record(AuditEvent.success("COOPERATION_REQUEST_RECEIVED", RequestSending.RECORD_TYPE, id)
			.withDetails(type + " conversation " + message.conversationId() + " under " + message.legalBasis())
			.by(actor));
	}

	/**
	 * A later message of a conversation: answers and acknowledgements come back to the node that sent the
	 * request, a withdrawal goes to the node that received it, a hand-over record either way; only from the
	 * partner on the other side of that conversation. A step overtaken by another (an acknowledgement after
	 * the answer, a withdrawal crossing the answer) is kept in the thread and leaves the state as it is.
	 */
	private void step(MessageKind kind, MessageReceived message) {
		String actor = "node:" + message.senderNode();
		RequestRepository.Row row = requests.lockByConversation(message.conversationId()).orElse(null);
		RequestDirection expected = switch (kind) {
			case ANSWER, ACKNOWLEDGEMENT -> RequestDirection.OUTGOING;
			case WITHDRAWAL -> RequestDirection.INCOMING;
			default -> null;
		};
		if (row == null || (expected != null && row.direction() != expected)
				|| !row.partnerNode().equals(message.senderNode())) {
			mismatch(message, kind + " to no request of this node exchanged with that partner");
			return;
		}
		JsonNode payload = json.readTree(message.payload());
		if (!row.type().name().equals(payload.path("requestType").asString(""))) {
			mismatch(message, kind + " names another request type than " + row.type());
			return;
		}
		Instant now = now();
		requests.insertMessage(row.id(), message.messageId(), RequestDirection.INCOMING, kind.name(),
				message.payload(), now, actor);
		RequestState next = switch (kind) {
			case ANSWER -> row.type().stateAfter(payload);
			case ACKNOWLEDGEMENT -> RequestState.ACKNOWLEDGED;
			case WITHDRAWAL -> RequestState.WITHDRAWN;
			default -> null;
		};
		if (next != null && !row.state().canMoveTo(next)) {
			audit.record(AuditEvent.success("COOPERATION_REQUEST_STEP_OVERTAKEN", RequestSending.RECORD_TYPE, row.id())
				.withDetails(kind + " kept in the thread; the request is " + row.state())
				.by(actor));
			return;
		}
		if (next != null) {
			requests.updateState(row.id(), next, now, actor);
		}
		else {
			requests.touch(row.id(), now, actor);
		}
		audit.record(AuditEvent.success(AUDIT_RECEIVED.get(kind), RequestSending.RECORD_TYPE, row.id())
			.withDetails(row.type() + (next == null ? "" : " " + next) + " message " + message.messageId())
			.by(actor));
		if (row.direction() == RequestDirection.OUTGOING) {
			onCase(row, kind, next, payload, RequestSending.reference(message.conversationId(), message.messageId()),
					actor);
		}
	}

	/** What the partner's answer or hand-over record changes on the case it is about. */
	private void onCase(RequestRepository.Row row, MessageKind kind, RequestState next, JsonNode payload,
			String reference, String actor) {
		UUID caseId = row.caseId();
		if (kind == MessageKind.HANDOVER) {
			sharing.recordCooperationStep(caseId, "HANDOVER_CONFIRMED_BY_PARTNER", reference, actor);
			return;
		}
		if (kind != MessageKind.ANSWER) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		boolean answered = next == RequestState.ANSWERED;
		switch (row.type()) {
			case PLACEMENT_CONSENT -> {
				if (answered) {
					// Hague 1996 art. 33, Brussels IIb art. 82: the receiving State's consent, as it answered.
					sharing.recordPlacementConsentReceived(caseId, reference, today, actor);
				}
				else {
					sharing.recordPlacementConsentRefused(caseId, reference, actor);
				}
			}
			case FAMILY_ASSESSMENT -> {
				if (answered) {
					Partner partner = partners.find(row.partnerNode()).orElse(null);
					String by = partner == null ? actor : partner.label();
					String findings = payload.path("report").asString("") + "\n\n" + "familyCanCare: "
							+ payload.path("familyCanCare").asString("");
					sharing.recordFamilyAssessmentReceived(caseId, new FamilyAssessment(by,
							partner == null ? null : partner.country(), today, findings), reference, actor);
				}
				else {
					sharing.recordCooperationStep(caseId, "REQUEST_DECLINED", row.type() + " " + reference, actor);
				}
			}
			case RETURN_TRANSFER -> {
				if (answered) {
					// Both the care plan and the guardianship were accepted: the return's two gates clear.
					Partner partner = partners.find(row.partnerNode()).orElse(null);
					sharing.recordReturnAccepted(caseId, payload.path("receivingGuardian").asString(""),
							partner == null ? null : partner.country(), today, reference, actor);
				}
				else {
					sharing.recordCooperationStep(caseId, "RETURN_DECLINED", reference, actor);
				}
			}
			case FOLLOW_UP_REPORT -> {
				if (answered) {
					LocalDate dueOn = requestField(row, "dueOn").map(LocalDate::parse).orElse(row.deadline());
					LocalDate seenOn = LocalDate.parse(payload.path("seenOn").asString());
					sharing.recordFollowUpReceived(caseId, dueOn, seenOn, reference, actor);
					recordRatings(row, payload, dueOn, seenOn, reference, actor);
				}
				else {
					sharing.recordCooperationStep(caseId, "REQUEST_DECLINED", row.type() + " " + reference, actor);
				}
			}
			default -> sharing.recordCooperationStep(caseId, answered ? "REQUEST_ANSWERED" : "REQUEST_DECLINED",
					row.type() + " " + reference, actor);
		}
	}

	/**
	 * The receiving country's well-being ratings become the follow-up's assessment on the case, from the
	 * partner. Ratings that do not fit this node (another scale) are not recorded: the team reads them in the
	 * thread, and the case's timeline says so.
	 */
	private void recordRatings(RequestRepository.Row row, JsonNode payload, LocalDate dueOn, LocalDate seenOn,
			String reference, String actor) {
		JsonNode given = payload.get(FollowUpRatings.FIELD);
		if (given == null || !given.isObject()) {
			return;
		}
		FollowUpRatings ratings;
		try {
			ratings = json.treeToValue(given, FollowUpRatings.class);
		}
		catch (RuntimeException ex) {
			ratings = null;
		}
		String country = partners.find(row.partnerNode()).map(Partner::country).orElse(null);
		boolean recorded = ratings != null && followUps
			.recordReceived(row.caseId(), dueOn, seenOn, country, reference, ratings, actor)
			.isPresent();
		if (!recorded) {
			sharing.recordCooperationStep(row.caseId(), "FOLLOW_UP_RATINGS_NOT_RECORDED", reference, actor);
		}
	}

	/** A field of the request this node sent in a conversation. */
	private java.util.Optional<String> requestField(RequestRepository.Row row, String name) {
		return requests.messages(row.id())
			.stream()
			.filter(m -> m.kind().equals(MessageKind.REQUEST.name()))
			.findFirst()
			.map(m -> json.readTree(m.payload()).path(name))
			.filter(JsonNode::isString)
			.map(JsonNode::asString);
	}

	@EventListener
	void delivered(RequestDeliveryEvents.MessageDelivered event) {
		requests.lockByRequestMessage(event.messageId())
			.filter(row -> row.state() == RequestState.SENT)
			.ifPresent(row -> move(row, RequestState.DELIVERED, "system"));
	}

	@EventListener
	void failed(RequestDeliveryEvents.MessageFailed event) {
		requests.lockByRequestMessage(event.messageId())
			.filter(row -> row.state().canMoveTo(RequestState.FAILED))
			.ifPresent(row -> move(row, RequestState.FAILED, "system"));
	}

	/** Requests past their deadline without an answer become overdue, on both sides. */
	@Scheduled(fixedDelayString = "${protect.cooperation.overdue-interval:1h}",
			initialDelayString = "${protect.cooperation.overdue-interval:1h}")
	void overdue() {
		for (UUID id : requests.overdue(LocalDate.now(clock))) {
			inTransaction.executeWithoutResult(tx -> requests.lock(id)
				.filter(row -> row.state().canMoveTo(RequestState.OVERDUE) && row.state().awaitsAnswer()
						&& row.state() != RequestState.OVERDUE)
				.ifPresent(row -> move(row, RequestState.OVERDUE, "system")));
		}
	}

	private void move(RequestRepository.Row row, RequestState next, String actor) {
		requests.updateState(row.id(), row.state().moveTo(next), now(), actor);
		audit.record(AuditEvent.success("COOPERATION_REQUEST_" + next, RequestSending.RECORD_TYPE, row.id())
			.withDetails(row.type() + " " + row.state() + " -> " + next)
			.by(actor));
	}

	private void mismatch(MessageReceived message, String why) {
		log.warn("Message {} ({}) fits no conversation: {}", message.messageId(), message.type(), why);
		audit.record(new AuditEvent("COOPERATION_REQUEST_MISMATCH", Inbox.RECORD_TYPE, message.messageId().toString(),
				AuditOutcome.FAILURE, message.type() + ": " + why, "node:" + message.senderNode()));
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
