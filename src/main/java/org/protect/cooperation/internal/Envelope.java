package org.protect.cooperation.internal;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a message says, before it is signed and encrypted.
 *
 * @param sentAt when this transmission was signed: each attempt signs afresh, so the recipient's time
 * window bounds how long a captured transmission can be replayed, while the message id makes a
 * re-send harmless
 */
public record Envelope(UUID messageId, UUID conversationId, UUID inReplyTo, String type, UUID senderNode,
		UUID recipientNode, Instant sentAt, String legalBasis, JsonNode payload) {

	public String toJson(JsonMapper json) {
		ObjectNode node = json.createObjectNode();
		node.put("messageId", messageId.toString());
		node.put("conversationId", conversationId.toString());
		node.put("inReplyTo", inReplyTo == null ? null : inReplyTo.toString());
		node.put("type", type);
		node.put("senderNode", senderNode.toString());
		node.put("recipientNode", recipientNode.toString());
		node.put("sentAt", sentAt.toString());
		node.put("legalBasis", legalBasis);
		node.set("payload", payload);
		return json.writeValueAsString(node);
	}

	/** Reads an envelope; throws IllegalArgumentException when a field is missing or malformed. */
	static Envelope parse(JsonMapper json, String text) {
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("not JSON", ex);
		}
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException("not an object");
		}
		JsonNode payload = node.get("payload");
		if (payload == null || payload.isNull()) {
			throw new IllegalArgumentException("no payload");
		}
		return new Envelope(uuid(node, "messageId", true), uuid(node, "conversationId", true),
				uuid(node, "inReplyTo", false), text(node, "type", true), uuid(node, "senderNode", true),
				uuid(node, "recipientNode", true), Instant.parse(text(node, "sentAt", true)),
				text(node, "legalBasis", false), payload);
	}

	private static UUID uuid(JsonNode node, String field, boolean required) {
		String value = text(node, field, required);
		return value == null ? null : UUID.fromString(value);
	}

	private static String text(JsonNode node, String field, boolean required) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw new IllegalArgumentException("missing " + field);
			}
			return null;
		}
		if (!value.isString()) {
			throw new IllegalArgumentException(field + " is not a string");
		}
		return value.asString();
	}

}
