package org.protect.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.accounts.CurrentUser;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CarePlan;
import org.protect.cases.CaseExtract;
import org.protect.cases.CasePart;
import org.protect.cases.CaseSharing;
import org.protect.cases.SharingRefusedException;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.MessageKind;
import org.protect.cooperation.NewRequestCommand;
import org.protect.cooperation.PartnerStatus;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestPreview;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestType;
import org.protect.cooperation.SendMessageCommand;
import org.protect.cooperation.SendRule;
import org.protect.monitoring.FollowUpRatings;
import org.protect.monitoring.PartnerFollowUps;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sending side of the request conversations: what would leave (the preview), creating and sending a
 * request, the central authority's approval of a draft, and the recipient's answer. Callers hold the
 * transaction; every step is audited.
 */
@Component
public class RequestSending {

	static final String RECORD_TYPE = "cooperation_request";

	private static final Map<MessageKind, String> AUDIT_SENT = Map.of(MessageKind.ANSWER,
			"COOPERATION_REQUEST_ANSWERED", MessageKind.ACKNOWLEDGEMENT, "COOPERATION_REQUEST_ACKNOWLEDGED",
			MessageKind.WITHDRAWAL, "COOPERATION_REQUEST_WITHDRAWN", MessageKind.HANDOVER,
			"COOPERATION_REQUEST_HANDOVER_RECORDED");

	private final RequestRepository requests;

	private final PartnerRepository partners;

	private final Outbox outbox;

	private final CaseSharing sharing;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Environment environment;

	private final PartnerFollowUps followUps;

	private final Clock clock = Clock.systemUTC();

	RequestSending(RequestRepository requests, PartnerRepository partners, Outbox outbox, CaseSharing sharing,
			AuditLog audit, JsonMapper json, Environment environment, PartnerFollowUps followUps) {
		this.requests = requests;
		this.partners = partners;
		this.outbox = outbox;
		this.sharing = sharing;
		this.audit = audit;
		this.json = json;
		this.environment = environment;
		this.followUps = followUps;
	}

	/** Who lets a type leave the node: {@code protect.cooperation.send-rule.<TYPE>}, else the type's default. */
	public SendRule sendRule(RequestType type) {
		return environment.getProperty("protect.cooperation.send-rule." + type.name(), SendRule.class,
				type.defaultSendRule());
	}

	public RequestPreview preview(NewRequestCommand command) {
		return prepare(command);
	}

	/** Creates the request: sent at once under the TEAM rule, a draft for the central authority otherwise. */
	public UUID create(NewRequestCommand command) {
		RequestPreview prepared = prepare(command);
		Instant now = now();
		String by = Actors.current();
		UUID id = UUID.randomUUID();
		UUID conversationId = UUID.randomUUID();
		SendRule rule = prepared.sendRule();
		RequestState state = rule == SendRule.TEAM ? RequestState.DRAFT.moveTo(RequestState.SENT) : RequestState.DRAFT;
		requests.insert(new RequestRepository.Row(id, conversationId, prepared.type(), RequestDirection.OUTGOING,
				prepared.partnerNodeId(), command.caseId(), null, prepared.legalBasis(), state, rule,
				prepared.deadline(), null, null, now, by, now, by, 1));
		UUID messageId = null;
		if (state == RequestState.SENT) {
			messageId = outbox.send(new SendMessageCommand(prepared.partnerNodeId(), prepared.type().name(),
					conversationId, null, prepared.legalBasis(), prepared.payload()));
		}
		requests.insertMessage(id, messageId, RequestDirection.OUTGOING, "REQUEST",
				json.writeValueAsString(prepared.payload()), now, by);
		audit.record(AuditEvent.success(state == RequestState.SENT ? "COOPERATION_REQUEST_SENT"
				: "COOPERATION_REQUEST_DRAFTED", RECORD_TYPE, id)
			.withDetails(prepared.type() + " case " + command.caseId() + " to " + prepared.partnerNodeId() + " under "
					+ prepared.legalBasis()));
		return id;
	}

	/** A central authority officer, not the one who drafted it, approves a draft: it leaves the node. */
	public void approve(UUID id) {
		RequestRepository.Row row = requests.lock(id)
			.filter(r -> r.direction() == RequestDirection.OUTGOING)
			.orElseThrow(() -> new NotFoundException("cooperation.request.notFound"));
		if (row.state() != RequestState.DRAFT) {
			throw new ConflictException("cooperation.request.notDraft");
		}
		String by = Actors.current();
		if (by.equals(row.createdBy())) {
			// Four eyes: the approval is a second person's check of what leaves the node.
			audit.record(new AuditEvent("COOPERATION_REQUEST_APPROVAL_REFUSED", RECORD_TYPE, id.toString(),
					AuditOutcome.DENIED, "approver drafted it", null));
			throw new ConflictException("cooperation.request.approverDrafted");
		}
		try {
			sharing.checkMayStillLeave(row.caseId(), row.type().name());
		}
		catch (SharingRefusedException ex) {
			throw art37(ex);
		}
		partner(row.partnerNode());
		RequestRepository.MessageRow draft = requests.messages(id)
			.stream()
			.filter(m -> m.messageId() == null)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("draft " + id + " has no message"));
		UUID messageId = outbox.send(new SendMessageCommand(row.partnerNode(), row.type().name(), row.conversationId(),
				null, row.legalBasis(), json.readTree(draft.payload())));
		requests.linkDraftMessage(id, messageId);
		row.state().moveTo(RequestState.SENT);
		requests.approve(id, now(), by);
		audit.record(AuditEvent.success("COOPERATION_REQUEST_APPROVED", RECORD_TYPE, id)
			.withDetails(row.type() + " sent as " + messageId));
	}

	/**
	 * The recipient's central authority answers an incoming request; the answer goes back in its conversation.
	 * A follow-up report's ratings ({@link WellBeingFields}) are checked by the well-being rules and travel as
	 * one object, on this node's scale; a declined request carries none.
	 */
	public void answer(UUID id, Map<String, String> fields) {
		RequestRepository.Row row = incoming(id);
		ObjectNode answer = payload(row, WellBeingFields.others(fields));
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		boolean ratingsRefused = false;
		if (row.type().answersWithWellBeing() && row.type().stateAfter(answer) == RequestState.ANSWERED
				&& WellBeingFields.given(fields)) {
			try {
				answer.set(FollowUpRatings.FIELD, json.valueToTree(followUps.check(WellBeingFields.ratings(fields))));
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> problems.add(p.field(), p.messageKey(), p.arguments()));
				ratingsRefused = true;
			}
		}
		for (String problem : row.type().answerProblems(answer)) {
			if (!(ratingsRefused && problem.startsWith(FollowUpRatings.FIELD + ":"))) {
				add(problems, problem);
			}
		}
		problems.throwIfAny();
		RequestState next = row.type().stateAfter(answer);
		if (!row.state().canMoveTo(next)) {
			throw new ConflictException("cooperation.request.notAwaitingAnswer");
		}
		reply(row, MessageKind.ANSWER, answer, next);
	}

	/**
	 * The recipient's central authority acknowledges an incoming request: it has it and is working on it
	 * (for a follow-up, the day it is scheduled). Both sides move to ACKNOWLEDGED.
	 */
	public void acknowledge(UUID id, Map<String, String> fields) {
		RequestRepository.Row row = incoming(id);
		if (row.state() == RequestState.ACKNOWLEDGED || !row.state().canMoveTo(RequestState.ACKNOWLEDGED)) {
			throw new ConflictException("cooperation.request.notAcknowledgeable");
		}
		ObjectNode payload = step(row, MessageKind.ACKNOWLEDGEMENT, fields);
		reply(row, MessageKind.ACKNOWLEDGEMENT, payload, RequestState.ACKNOWLEDGED);
	}

	/**
	 * The sender withdraws a request, with its reasons: a draft simply stops; a request not delivered yet
	 * is not sent any more; the partner is told in the conversation either way once it was sent, so that
	 * a copy stored on its side (whose receipt was lost) is closed too.
	 */
	public void withdraw(UUID id, Map<String, String> fields) {
		RequestRepository.Row row = requests.lock(id)
			.filter(r -> r.direction() == RequestDirection.OUTGOING)
			.orElseThrow(() -> new NotFoundException("cooperation.request.notFound"));
		if (!centralAuthority()) {
			sharing.requireTeam(row.caseId());
		}
		if (!row.state().canMoveTo(RequestState.WITHDRAWN)) {
			throw new ConflictException("cooperation.request.notWithdrawable");
		}
		ObjectNode payload = step(row, MessageKind.WITHDRAWAL, fields);
		if (row.state() == RequestState.DRAFT) {
			Instant now = now();
			requests.insertMessage(id, null, RequestDirection.OUTGOING, MessageKind.WITHDRAWAL.name(),
					json.writeValueAsString(payload), now, Actors.current());
			requests.updateState(id, RequestState.WITHDRAWN, now, Actors.current());
			audit.record(AuditEvent.success("COOPERATION_REQUEST_WITHDRAWN", RECORD_TYPE, id)
				.withDetails(row.type() + " draft"));
			return;
		}
		requests.messages(id)
			.stream()
			.filter(m -> m.kind().equals(MessageKind.REQUEST.name()) && m.messageId() != null)
			.forEach(m -> outbox.withdraw(m.messageId()));
		reply(row, MessageKind.WITHDRAWAL, payload, RequestState.WITHDRAWN);
	}

	/**
	 * One side records the day a returned child was handed over; the other side sees it in the thread. On
	 * the sending side it is also written on the case's guardianship (the day responsibility passed).
	 */
	public void recordHandover(UUID id, Map<String, String> fields) {
		RequestRepository.Row row = requests.lock(id).orElseThrow(() -> new NotFoundException("cooperation.request.notFound"));
		if (row.direction() == RequestDirection.INCOMING && !centralAuthority()) {
			throw new NotFoundException("cooperation.request.notFound");
		}
		if (row.direction() == RequestDirection.OUTGOING && !centralAuthority()) {
			sharing.requireTeam(row.caseId());
		}
		if (row.type() != RequestType.RETURN_TRANSFER || row.state() != RequestState.ANSWERED) {
			// Only a return whose care plan and guardianship were both accepted is handed over.
			throw new ConflictException("cooperation.request.notHandedOver");
		}
		boolean recorded = requests.messages(id)
			.stream()
			.anyMatch(m -> m.kind().equals(MessageKind.HANDOVER.name()) && m.direction() == RequestDirection.OUTGOING);
		if (recorded) {
			throw new ConflictException("cooperation.request.handoverRecorded");
		}
		ObjectNode payload = step(row, MessageKind.HANDOVER, fields);
		LocalDate day = LocalDate.parse(payload.get("handedOverOn").asString());
		if (day.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException(List.of(
					new InvalidInputException.FieldProblem("handedOverOn", "cooperation.request.field.future")));
		}
		UUID messageId = reply(row, MessageKind.HANDOVER, payload, null);
		if (row.direction() == RequestDirection.OUTGOING) {
			sharing.recordHandover(row.caseId(), day, reference(row.conversationId(), messageId), Actors.current());
		}
	}

	static String reference(UUID conversationId, UUID messageId) {
		return "cooperation conversation " + conversationId + ", message " + messageId;
	}

	private RequestRepository.Row incoming(UUID id) {
		return requests.lock(id)
			.filter(r -> r.direction() == RequestDirection.INCOMING)
			.orElseThrow(() -> new NotFoundException("cooperation.request.notFound"));
	}

	/** The payload of a step: the request type it belongs to and the step's fields, checked. */
	private ObjectNode step(RequestRepository.Row row, MessageKind kind, Map<String, String> fields) {
		ObjectNode payload = payload(row, fields);
		throwIfAny(kind.problems(payload));
		return payload;
	}

	/** The request type a later message belongs to, and the fields given (blank ones left out). */
	private ObjectNode payload(RequestRepository.Row row, Map<String, String> fields) {
		ObjectNode payload = json.createObjectNode();
		payload.put("requestType", row.type().name());
		fields.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				payload.put(name, value.strip());
			}
		});
		return payload;
	}

	/**
	 * Sends a step to the partner in the request's conversation, keeps it in the thread, moves the state
	 * (unless {@code next} is null) and audits it.
	 */
	private UUID reply(RequestRepository.Row row, MessageKind kind, ObjectNode payload, RequestState next) {
		UUID request = requests.messages(row.id())
			.stream()
			.filter(m -> m.kind().equals(MessageKind.REQUEST.name()))
			.map(RequestRepository.MessageRow::messageId)
			.findFirst()
			.orElse(null);
		UUID messageId = outbox.send(new SendMessageCommand(row.partnerNode(), kind.name(), row.conversationId(),
				request, row.legalBasis(), payload));
		Instant now = now();
		String by = Actors.current();
		requests.insertMessage(row.id(), messageId, RequestDirection.OUTGOING, kind.name(),
				json.writeValueAsString(payload), now, by);
		if (next != null) {
			requests.updateState(row.id(), row.state().moveTo(next), now, by);
		}
		else {
			requests.touch(row.id(), now, by);
		}
		audit.record(AuditEvent.success(AUDIT_SENT.get(kind), RECORD_TYPE, row.id())
			.withDetails(row.type() + " as " + messageId));
		return messageId;
	}

	private RequestPreview prepare(NewRequestCommand command) {
		if (command.caseId() != null) {
			// Who may send is checked before what they sent: anyone else learns no more than "not found".
			sharing.requireSender(command.caseId(), "cooperation request");
		}
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		if (command.caseId() == null) {
			problems.add("caseId", "validation.required");
		}
		if (command.partnerNodeId() == null) {
			problems.add("partnerNodeId", "validation.required");
		}
		RequestType type = RequestType.ofCode(command.type());
		if (type == null) {
			problems.add("type", "cooperation.request.type.unknown");
		}
		if (command.legalBasis() == null || command.legalBasis().isBlank()) {
			problems.add("legalBasis", "validation.required");
		}
		else if (type != null && !type.legalBases().contains(command.legalBasis())) {
			problems.add("legalBasis", "cooperation.request.legalBasis.notForType", String.join("; ", type.legalBases()));
		}
		if (command.message() == null || command.message().isBlank()) {
			problems.add("message", "validation.required");
		}
		else if (command.message().length() > RequestType.MAX_TEXT) {
			problems.add("message", "cooperation.request.field.invalid");
		}
		if (type != null) {
			fields(type, command, problems);
		}
		problems.throwIfAny();
		var partner = partner(command.partnerNodeId());
		CaseExtract extract;
		try {
			extract = sharing.extract(command.caseId(), type.parts(), type.name());
		}
		catch (SharingRefusedException ex) {
			throw art37(ex);
		}
		if (type == RequestType.RETURN_TRANSFER) {
			returnRests(extract);
		}
		LocalDate deadline = deadline(type, command);
		ObjectNode payload = json.createObjectNode();
		payload.put("message", command.message().strip());
		if (deadline != null) {
			payload.put("answerBy", deadline.toString());
		}
		type.fields().forEach(field -> {
			String value = command.fields().get(field.name());
			if (value != null && !value.isBlank()) {
				payload.put(field.name(), value.strip());
			}
		});
		payload.set("case", json.valueToTree(extract));
		List<String> invalid = type.problems(payload);
		if (!invalid.isEmpty()) {
			throw new IllegalStateException("built an invalid " + type + " payload: " + invalid);
		}
		return new RequestPreview(type, partner.nodeId(), partner.name(), partner.country(), command.legalBasis(),
				sendRule(type), deadline, payload);
	}

	private void fields(RequestType type, NewRequestCommand command, InvalidInputException.Collector problems) {
		for (RequestType.Field field : type.fields()) {
			String value = command.fields().get(field.name());
			// Brussels IIb art. 82(2): the request states the expected duration and how the placement is funded.
			boolean brusselsPlacement = type == RequestType.PLACEMENT_CONSENT
					&& "Brussels IIb art. 82".equals(command.legalBasis())
					&& (field.name().equals("expectedDuration") || field.name().equals("funding"));
			String problem = (brusselsPlacement ? new RequestType.Field(field.name(), true, field.kind(),
					field.choices()) : field).problem(value);
			if (problem != null) {
				problems.add(field.name(), messageKey(problem));
			}
			else if (field.kind() == RequestType.Kind.DATE && value != null && !value.isBlank()
					&& LocalDate.parse(value.strip()).isBefore(LocalDate.now(clock))) {
				// A return or a follow-up is planned for a day to come.
				problems.add(field.name(), "cooperation.request.field.past");
			}
		}
		for (String name : command.fields().keySet()) {
			if (type.fields().stream().noneMatch(field -> field.name().equals(name))) {
				problems.add(name, "cooperation.request.field.unknown");
			}
		}
	}

	/** A follow-up report is due on the day it was asked for; other types have their own period. */
	private LocalDate deadline(RequestType type, NewRequestCommand command) {
		if (type == RequestType.FOLLOW_UP_REPORT) {
			return LocalDate.parse(command.fields().get("dueOn").strip());
		}
		return type.deadline() == null ? null : LocalDate.now(clock).plus(type.deadline());
	}

	/**
	 * A return is never sent without a care plan that names its receiving agency: children returned
	 * "without a care plan" is the first failure the project was founded on.
	 */
	private static void returnRests(CaseExtract extract) {
		Object plan = extract.parts().get(CasePart.CARE_PLAN);
		if (!(plan instanceof CarePlan carePlan)) {
			throw new CooperationRefusedException(422, "return-without-care-plan");
		}
		if (carePlan.receivingAgency() == null || carePlan.receivingAgency().isBlank()) {
			throw new CooperationRefusedException(422, "return-without-receiving-agency");
		}
	}

	/** A problem code of a payload rule ({@code field:required}) as a field problem with its message. */
	static void throwIfAny(List<String> found) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		found.forEach(problem -> add(problems, problem));
		problems.throwIfAny();
	}

	private static void add(InvalidInputException.Collector problems, String problem) {
		int colon = problem.indexOf(':');
		problems.add(problem.substring(0, colon), messageKey(problem.substring(colon + 1)));
	}

	private static String messageKey(String problem) {
		return switch (problem) {
			case "required" -> "validation.required";
			case "unknown-field" -> "cooperation.request.field.unknown";
			case "date" -> "cooperation.request.field.date";
			default -> "cooperation.request.field.invalid";
		};
	}

	private Partner partner(UUID nodeId) {
		return partners.find(nodeId)
			.filter(p -> p.status() == PartnerStatus.ACTIVE)
			.orElseThrow(() -> new NotFoundException("cooperation.partner.notFound"));
	}

	private static CooperationRefusedException art37(SharingRefusedException ex) {
		return new CooperationRefusedException(422, ex.code());
	}

	static boolean centralAuthority() {
		return CurrentUser.current().map(u -> u.has(org.protect.accounts.Role.CENTRAL_AUTHORITY)).orElse(false);
	}

	JsonNode read(String payload) {
		return json.readTree(payload);
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
