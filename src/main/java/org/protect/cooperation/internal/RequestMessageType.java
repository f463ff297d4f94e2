package org.protect.cooperation.internal;

import java.util.ArrayList;
import java.util.List;

import org.protect.cooperation.MessageKind;
import org.protect.cooperation.RequestType;
import tools.jackson.databind.JsonNode;

/**
 * The message types of the request conversations: one per {@link RequestType} (the request itself, with
 * the type's payload rules), and one per later {@link MessageKind} (answer, acknowledgement, withdrawal,
 * hand-over), which names the request type it belongs to and follows its kind's rules.
 */
final class RequestMessageType implements MessageType {

	static final String ANSWER = MessageKind.ANSWER.name();

	private final String code;

	private final RequestType type;

	private final MessageKind kind;

	private RequestMessageType(String code, RequestType type, MessageKind kind) {
		this.code = code;
		this.type = type;
		this.kind = kind;
	}

	static List<MessageType> all() {
		List<MessageType> types = new ArrayList<>();
		for (RequestType type : RequestType.values()) {
			types.add(new RequestMessageType(type.name(), type, MessageKind.REQUEST));
		}
		for (MessageKind kind : MessageKind.values()) {
			if (kind != MessageKind.REQUEST) {
				types.add(new RequestMessageType(kind.name(), null, kind));
			}
		}
		return types;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public List<String> problems(JsonNode payload) {
		return type != null ? type.problems(payload) : kind.problems(payload);
	}

}
