package org.protect.cooperation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The messages of a request's conversation: the request itself, the answer, and the steps around them —
 * the recipient's acknowledgement (which for a follow-up may name the day it is scheduled), the sender's
 * withdrawal with its reasons, and each side's record of a return's hand-over. Every message after the
 * request names the request type it belongs to ({@code requestType}) and follows these rules on both nodes.
 */
public enum MessageKind {

	REQUEST(List.of()),

	ANSWER(List.of()),

	/** The recipient has the request and is working on it. */
	ACKNOWLEDGEMENT(List.of(RequestType.Field.optional("note"), RequestType.Field.date("scheduledOn", false))),

	/** The sender withdraws the request. */
	WITHDRAWAL(List.of(RequestType.Field.required("reasons"))),

	/** One side records the day the child was handed over (a return or transfer only). */
	HANDOVER(List.of(RequestType.Field.date("handedOverOn", true), RequestType.Field.optional("note")));

	private final List<RequestType.Field> fields;

	MessageKind(List<RequestType.Field> fields) {
		this.fields = fields;
	}

	/** The fields of an acknowledgement, a withdrawal or a hand-over. */
	public List<RequestType.Field> fields() {
		return fields;
	}

	/** The message type on the wire: the request type's code for a request, the kind's name otherwise. */
	public static MessageKind ofMessageType(String type) {
		if (RequestType.ofCode(type) != null) {
			return REQUEST;
		}
		for (MessageKind kind : values()) {
			if (kind != REQUEST && kind.name().equals(type)) {
				return kind;
			}
		}
		return null;
	}

	/** What is wrong with the payload of a message of this kind (not a request's: its type checks that). */
	public List<String> problems(JsonNode payload) {
		JsonNode code = payload == null || !payload.isObject() ? null : payload.get("requestType");
		RequestType type = code == null || !code.isString() ? null : RequestType.ofCode(code.asString());
		if (type == null) {
			return List.of("requestType:unknown");
		}
		if (this == ANSWER) {
			return type.answerProblems(payload);
		}
		List<String> problems = new ArrayList<>();
		if (this == HANDOVER && type != RequestType.RETURN_TRANSFER) {
			problems.add("requestType:not-a-return");
		}
		for (String name : payload.propertyNames()) {
			if (!name.equals("requestType") && fields.stream().noneMatch(f -> f.name().equals(name))) {
				problems.add(name + ":unknown-field");
			}
		}
		fields.forEach(field -> field.check(payload, problems));
		return problems;
	}

}
