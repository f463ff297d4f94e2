package org.protect.cooperation.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.protect.identity.ClkEncoder;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two messages of an identity query. The query carries nothing but the names of the two keys its
 * secret came from and up to ten CLK encodings ({@value ClkEncoder#BITS} bits each, base64url); the
 * answer nothing but "possible match" with the partner's references, or "no match". Both nodes refuse
 * anything else, a name or a date included.
 */
@Configuration(proxyBeanMethods = false)
class IdentityQueryMessageTypes {

	static final String QUERY = "IDENTITY_QUERY";

	static final String ANSWER = "IDENTITY_QUERY_ANSWER";

	/** Encodings per query: one per name the child is known by, at most ten. */
	static final int MAX_ENCODINGS = 10;

	/** A reference this node gives a match: its country, "IQ" and eight base32 letters. */
	static final Pattern REFERENCE = Pattern.compile("[A-Z]{2}-IQ-[A-Z2-7]{8}");

	@Bean
	MessageType identityQueryMessageType() {
		return new Type(QUERY) {
			@Override
			public List<String> problems(JsonNode payload) {
				List<String> problems = new ArrayList<>();
				if (payload == null || !payload.isObject()) {
					return List.of("payload:not-an-object");
				}
				onlyFields(payload, List.of("senderKey", "recipientKey", "encodings"), problems);
				keyId(payload, "senderKey", problems);
				keyId(payload, "recipientKey", problems);
				JsonNode encodings = payload.get("encodings");
				if (encodings == null || !encodings.isArray() || encodings.isEmpty()
						|| encodings.size() > MAX_ENCODINGS) {
					problems.add("encodings:array-of-1-to-" + MAX_ENCODINGS);
				}
				else {
					for (JsonNode encoding : encodings) {
						if (decode(encoding) == null) {
							problems.add("encodings:clk-of-" + ClkEncoder.BITS + "-bits");
							break;
						}
					}
				}
				return problems;
			}
		};
	}

	@Bean
	MessageType identityQueryAnswerMessageType() {
		return new Type(ANSWER) {
			@Override
			public List<String> problems(JsonNode payload) {
				List<String> problems = new ArrayList<>();
				if (payload == null || !payload.isObject()) {
					return List.of("payload:not-an-object");
				}
				onlyFields(payload, List.of("outcome", "references"), problems);
				String outcome = payload.path("outcome").asString("");
				JsonNode references = payload.get("references");
				if (!outcome.equals("POSSIBLE_MATCH") && !outcome.equals("NO_MATCH")) {
					problems.add("outcome:one-of-POSSIBLE_MATCH|NO_MATCH");
				}
				if (references == null || !references.isArray() || references.size() > MAX_ENCODINGS) {
					problems.add("references:array");
				}
				else if (outcome.equals("NO_MATCH") != references.isEmpty()) {
					// Nothing about a non-match: a "no match" carries no reference at all.
					problems.add("references:only-with-a-match");
				}
				else {
					for (JsonNode reference : references) {
						if (!reference.isString() || !REFERENCE.matcher(reference.asString()).matches()) {
							problems.add("references:reference");
							break;
						}
					}
				}
				return problems;
			}
		};
	}

	/** A CLK's bits from its base64url text; {@code null} unless it is exactly one encoding long. */
	static long[] decode(JsonNode encoding) {
		if (encoding == null || !encoding.isString()) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(encoding.asString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (bytes.length != ClkEncoder.BITS / 8) {
			return null;
		}
		long[] bits = new long[ClkEncoder.WORDS];
		java.nio.ByteBuffer.wrap(bytes).asLongBuffer().get(bits);
		return bits;
	}

	static String encode(long[] bits) {
		java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(bits.length * 8);
		buffer.asLongBuffer().put(bits);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
	}

	private static void onlyFields(JsonNode payload, List<String> known, List<String> problems) {
		for (String name : payload.propertyNames()) {
			if (!known.contains(name)) {
				problems.add(name + ":unknown-field");
			}
		}
	}

	private static void keyId(JsonNode payload, String name, List<String> problems) {
		JsonNode value = payload.get(name);
		if (value == null || !value.isString() || value.asString().isBlank() || value.asString().length() > 100) {
			problems.add(name + ":key-id");
		}
	}

	private abstract static class Type implements MessageType {

		private final String code;

		Type(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return code;
		}

	}

}
