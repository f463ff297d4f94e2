package org.protect.cooperation.internal;

import java.util.ArrayList;
import java.util.List;

import org.protect.cooperation.RequestType;
import tools.jackson.databind.JsonNode;

/**
 * The message types of the request conversations: one per {@link RequestType} (the request itself, with
 * the type's payload rules), and {@code ANSWER}, which names the request type it answers and follows that
 * type's answer rules.
 */
final class RequestMessageType implements MessageType {

	static final String ANSWER = "ANSWER";

	private final String code;

	private final RequestType type;

	private RequestMessageType(String code, RequestType type) {
		this.code = code;
		this.type = type;
	}

	static List<MessageType> all() {
		List<MessageType> types = new ArrayList<>();
		for (RequestType type : RequestType.values()) {
			types.add(new RequestMessageType(type.name(), type));
		}
		types.add(new RequestMessageType(ANSWER, null));
		return types;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public List<String> problems(JsonNode payload) {
		if (type != null) {
			return type.problems(payload);
		}
		JsonNode requestType = payload == null || !payload.isObject() ? null : payload.get("requestType");
		RequestType answered = requestType == null || !requestType.isString() ? null
				: RequestType.ofCode(requestType.asString());
		if (answered == null) {
			return List.of("requestType:unknown");
		}
		return answered.answerProblems(payload);
	}

}
