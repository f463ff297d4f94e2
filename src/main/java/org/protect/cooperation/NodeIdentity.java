package org.protect.cooperation;

import java.util.Map;
import java.util.UUID;

/**
 * What a node says about itself at {@code /.well-known/protect-node}.
 *
 * @param nodeId the node's stable id
 * @param country the ISO 3166-1 alpha-2 code of the country it serves
 * @param name its display name
 * @param baseUrl where partners reach it
 * @param fingerprint the RFC 7638 thumbprint (SHA-256, base64url) of its current signing key
 * @param keys a JWK set of its public keys, newest first: current signing and encryption keys, and
 * retained older ones
 */
public record NodeIdentity(UUID nodeId, String country, String name, String baseUrl, String fingerprint,
		Map<String, Object> keys) {
}
