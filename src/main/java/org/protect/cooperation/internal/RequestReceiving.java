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
import org.protect.cooperation.MessageReceived;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestType;
import org.protect.cooperation.SendRule;
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

	private final RequestRepository requests;

	private final CaseSharing sharing;

	private final AuditLog audit;

	private final JsonMapper json;

	private final TransactionTemplate inTransaction;

	private final Clock clock = Clock.systemUTC();

	RequestReceiving(RequestRepository requests, CaseSharing sharing, AuditLog audit, JsonMapper json,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.sharing = sharing;
		this.audit = audit;
		this.json = json;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	@EventListener
	void received(MessageReceived message) {
		RequestType type = RequestType.ofCode(message.type());
		if (type != null) {
			opened(type, message);
		}
		else if (RequestMessageType.ANSWER.equals(message.type())) {
			answered(message);
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

	/** The partner's answer to one of this node's requests: both sides' states move, the case records it. */
	private void answered(MessageReceived message) {
		String actor = "node:" + message.senderNode();
		RequestRepository.Row row = requests.lockByConversation(message.conversationId()).orElse(null);
		if (row == null || row.direction() != RequestDirection.OUTGOING
				|| !row.partnerNode().equals(message.senderNode())) {
			// Only the partner the request went to may answer it.
			mismatch(message, "answer to no request of this node sent to that partner");
			return;
		}
		JsonNode answer = json.readTree(message.payload());
		RequestState next = row.type().stateAfter(answer);
		Instant now = now();
		requests.insertMessage(row.id(), message.messageId(), RequestDirection.INCOMING, "ANSWER", message.payload(),
				now, actor);
		if (!row.state().canMoveTo(next)) {
			mismatch(message, "request " + row.id() + " is " + row.state());
			return;
		}
		requests.updateState(row.id(), next, now, actor);
		audit.record(AuditEvent.success("COOPERATION_REQUEST_ANSWER_RECEIVED", RequestSending.RECORD_TYPE, row.id())
			.withDetails(row.type() + " " + next + " message " + message.messageId())
			.by(actor));
		if (row.type() == RequestType.PLACEMENT_CONSENT) {
			String reference = "cooperation conversation " + message.conversationId() + ", message "
					+ message.messageId();
			if (next == RequestState.ANSWERED) {
				// Hague 1996 art. 33, Brussels IIb art. 82: the receiving State's consent, as it answered.
				sharing.recordPlacementConsentReceived(row.caseId(), reference, LocalDate.now(clock), actor);
			}
			else {
				sharing.recordPlacementConsentRefused(row.caseId(), reference, actor);
			}
		}
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
