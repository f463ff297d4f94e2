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
import org.protect.cases.CaseExtract;
import org.protect.cases.CaseSharing;
import org.protect.cases.SharingRefusedException;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.NewRequestCommand;
import org.protect.cooperation.PartnerStatus;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestPreview;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestType;
import org.protect.cooperation.SendMessageCommand;
import org.protect.cooperation.SendRule;
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

	private final RequestRepository requests;

	private final PartnerRepository partners;

	private final Outbox outbox;

	private final CaseSharing sharing;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Environment environment;

	private final Clock clock = Clock.systemUTC();

	RequestSending(RequestRepository requests, PartnerRepository partners, Outbox outbox, CaseSharing sharing,
			AuditLog audit, JsonMapper json, Environment environment) {
		this.requests = requests;
		this.partners = partners;
		this.outbox = outbox;
		this.sharing = sharing;
		this.audit = audit;
		this.json = json;
		this.environment = environment;
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

	/** The recipient's central authority answers an incoming request; the answer goes back in its conversation. */
	public void answer(UUID id, Map<String, String> fields) {
		RequestRepository.Row row = requests.lock(id)
			.filter(r -> r.direction() == RequestDirection.INCOMING)
			.orElseThrow(() -> new NotFoundException("cooperation.request.notFound"));
		ObjectNode answer = json.createObjectNode();
		answer.put("requestType", row.type().name());
		fields.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				answer.put(name, value.strip());
			}
		});
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		for (String problem : row.type().answerProblems(answer)) {
			String field = problem.substring(0, problem.indexOf(':'));
			problems.add(field, problem.endsWith(":required") ? "validation.required"
					: problem.endsWith(":unknown-field") ? "cooperation.request.field.unknown"
							: "cooperation.request.field.invalid");
		}
		problems.throwIfAny();
		RequestState next = row.type().stateAfter(answer);
		if (!row.state().canMoveTo(next)) {
			throw new ConflictException("cooperation.request.notAwaitingAnswer");
		}
		UUID request = requests.messages(id)
			.stream()
			.filter(m -> m.kind().equals("REQUEST"))
			.map(RequestRepository.MessageRow::messageId)
			.findFirst()
			.orElse(null);
		UUID messageId = outbox.send(new SendMessageCommand(row.partnerNode(), RequestMessageType.ANSWER,
				row.conversationId(), request, row.legalBasis(), answer));
		Instant now = now();
		String by = Actors.current();
		requests.insertMessage(id, messageId, RequestDirection.OUTGOING, "ANSWER", json.writeValueAsString(answer),
				now, by);
		requests.updateState(id, next, now, by);
		audit.record(AuditEvent.success("COOPERATION_REQUEST_ANSWERED", RECORD_TYPE, id)
			.withDetails(row.type() + " " + next + " as " + messageId));
	}

	private RequestPreview prepare(NewRequestCommand command) {
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
		else if (!type.available()) {
			problems.add("type", "cooperation.request.type.notYet");
		}
		if (type != null && !type.legalBases().contains(command.legalBasis())) {
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
		LocalDate deadline = type.deadline() == null ? null : LocalDate.now(clock).plus(type.deadline());
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

	private static void fields(RequestType type, NewRequestCommand command, InvalidInputException.Collector problems) {
		for (RequestType.Field field : type.fields()) {
			String value = command.fields().get(field.name());
			boolean blank = value == null || value.isBlank();
			// Brussels IIb art. 82(2): the request states the expected duration and how the placement is funded.
			boolean required = field.required() || (type == RequestType.PLACEMENT_CONSENT
					&& "Brussels IIb art. 82".equals(command.legalBasis())
					&& (field.name().equals("expectedDuration") || field.name().equals("funding")));
			if (blank && required) {
				problems.add(field.name(), "validation.required");
			}
			else if (!blank && value.length() > RequestType.MAX_TEXT) {
				problems.add(field.name(), "cooperation.request.field.invalid");
			}
		}
		for (String name : command.fields().keySet()) {
			if (type.fields().stream().noneMatch(field -> field.name().equals(name))) {
				problems.add(name, "cooperation.request.field.unknown");
			}
		}
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
