package org.protect.cooperation;

import java.util.List;

/**
 * The identity document as served: its exact JSON bytes, and detached JWS signatures over them, one by
 * each published signing key. The signature by the current key binds the encryption keys to the
 * fingerprint partners pinned; the one by a retained key lets partners follow a rotation.
 *
 * @param json the document's bytes
 * @param signatures detached compact JWS ({@code header..signature}) over {@code json}
 */
public record SignedNodeIdentity(byte[] json, List<String> signatures) {

	/** The response header that carries the signatures, comma-separated. */
	public static final String SIGNATURE_HEADER = "Protect-Node-Signature";

}
