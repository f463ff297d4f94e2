package org.protect.cooperation.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * {@code PING}: a connection test between two nodes. Its payload is an object with at most a short
 * {@code text}; it carries no personal data and opens no record.
 */
@Component
class PingMessageType implements MessageType {

	static final String CODE = "PING";

	private static final int MAX_TEXT = 500;

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<String> problems(JsonNode payload) {
		List<String> problems = new ArrayList<>();
		if (payload == null || !payload.isObject()) {
			problems.add("payload:not-an-object");
			return problems;
		}
		for (String field : payload.propertyNames()) {
			if (!field.equals("text")) {
				problems.add(field + ":unknown-field");
			}
		}
		JsonNode text = payload.get("text");
		if (text != null && !(text.isString() && text.asString().length() <= MAX_TEXT)) {
			problems.add("text:string-of-at-most-" + MAX_TEXT);
		}
		return problems;
	}

}
