package org.protect.cooperation.internal;

import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import org.protect.cooperation.PartnerStatus;
import org.protect.cooperation.PartnerSummary;

/**
 * A partner node with its pinned public keys (a JWK set, newest first).
 */
record Partner(UUID nodeId, String country, String name, String baseUrl, String fingerprint, String keys,
		PartnerStatus status) {

	/** How lists and records name the partner, e.g. {@code Demo node (LV)}. */
	String label() {
		return name + " (" + country + ")";
	}

	PartnerSummary summary() {
		return new PartnerSummary(nodeId, country, name, baseUrl, fingerprint, status);
	}

	JWKSet keySet() {
		try {
			return JWKSet.parse(keys);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("pinned keys of partner " + nodeId + " do not parse", ex);
		}
	}

	/** A pinned signing key by kid. */
	Optional<ECKey> signingKey(String kid) {
		JWK key = kid == null ? null : keySet().getKeyByKeyId(kid);
		return key instanceof ECKey ec && KeyUse.SIGNATURE.equals(key.getKeyUse()) ? Optional.of(ec) : Optional.empty();
	}

	/** The partner's newest pinned encryption key: the one messages are encrypted to. */
	ECKey encryptionKey() {
		return keySet().getKeys()
			.stream()
			.filter(key -> key instanceof ECKey && KeyUse.ENCRYPTION.equals(key.getKeyUse()))
			.map(ECKey.class::cast)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("partner " + nodeId + " has no pinned encryption key"));
	}

}
