package org.protect.cooperation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Message payloads at rest: what a request, an answer or an identity query says about a child (names, the
 * case's parts, the child's views in a follow-up) is kept in the outbox, the inbox and the request threads
 * sealed under the node's cooperation key (AES-GCM), each bound to its table and row, so that a ciphertext
 * moved to another row does not open. A payload stored before sealing (plain JSON) is read as it is.
 */
@Component
public class PayloadSeal {

	/** Marks a sealed payload; plain JSON starts with a brace. */
	static final String PREFIX = "sealed:v1:";

	/** Where a payload is kept; part of what it is bound to. */
	public enum Place {
		OUTBOX, INBOX, REQUEST_MESSAGE
	}

	private final KeyEncryptionKey key;

	PayloadSeal(KeyEncryptionKey key) {
		this.key = key;
	}

	String seal(Place place, UUID row, String json) {
		byte[] sealed = key.encrypt(binding(place, row), json.getBytes(StandardCharsets.UTF_8));
		return PREFIX + Base64.getEncoder().encodeToString(sealed);
	}

	/** The payload as JSON text, opened if sealed. */
	public String open(Place place, UUID row, String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		return new String(key.decrypt(binding(place, row), sealed), StandardCharsets.UTF_8);
	}

	private static String binding(Place place, UUID row) {
		return "payload:" + place.name() + ":" + row;
	}

}
