package org.protect.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.cooperation.OutgoingMessage;
import org.protect.cooperation.SendMessageCommand;
import org.protect.cooperation.internal.OutboxRepository.Queued;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts messages in the outbox, in the caller's transaction: the message exists if and only if the change
 * that caused it was committed. The dispatcher delivers it.
 */
@Component
public class Outbox {

	private final OutboxRepository repository;

	private final PartnerRepository partners;

	private final MessageTypes types;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	Outbox(OutboxRepository repository, PartnerRepository partners, MessageTypes types, AuditLog audit,
			JsonMapper json) {
		this.repository = repository;
		this.partners = partners;
		this.types = types;
		this.audit = audit;
		this.json = json;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public UUID send(SendMessageCommand command) {
		InvalidInputException.Collector problems = new InvalidInputException.Collector();
		MessageType type = types.find(command.type()).orElse(null);
		if (type == null) {
			problems.add("type", "cooperation.message.type.unknown");
		}
		else if (!type.problems(command.payload()).isEmpty()) {
			problems.add("payload", "cooperation.message.payload.invalid");
		}
		if (command.legalBasis() != null && command.legalBasis().length() > 500) {
			problems.add("legalBasis", "cooperation.message.legalBasis.tooLong");
		}
		problems.throwIfAny();
		if (command.recipientNode() == null || partners.find(command.recipientNode()).isEmpty()) {
			throw new NotFoundException("cooperation.partner.notFound");
		}
		UUID messageId = UUID.randomUUID();
		UUID conversationId = command.conversationId() == null ? UUID.randomUUID() : command.conversationId();
		repository.insert(new Queued(messageId, conversationId, command.inReplyTo(), command.type(),
				command.recipientNode(), command.legalBasis(), json.writeValueAsString(command.payload()), 0, null),
				Instant.now(clock).truncatedTo(ChronoUnit.MICROS), Actors.current());
		audit.record(AuditEvent.success("COOPERATION_MESSAGE_QUEUED", Inbox.RECORD_TYPE, messageId)
			.withDetails(command.type() + " to " + command.recipientNode()));
		return messageId;
	}

	/** Stops a message not delivered yet (its request was withdrawn); false when it has been delivered. */
	@Transactional(propagation = Propagation.REQUIRED)
	public boolean withdraw(UUID messageId) {
		boolean withdrawn = repository.withdraw(messageId);
		if (withdrawn) {
			audit.record(AuditEvent.success("COOPERATION_MESSAGE_WITHDRAWN", Inbox.RECORD_TYPE, messageId));
		}
		return withdrawn;
	}

	public OutgoingMessage find(UUID messageId) {
		return repository.find(messageId).orElseThrow(() -> new NotFoundException("cooperation.message.notFound"));
	}

	public List<OutgoingMessage> failed() {
		return repository.failed();
	}

}
