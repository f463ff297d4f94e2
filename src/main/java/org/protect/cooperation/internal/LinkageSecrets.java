package org.protect.cooperation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.impl.ConcatKDF;
import com.nimbusds.jose.crypto.impl.ECDH;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;

import org.springframework.stereotype.Component;

/**
 * The secret two partner nodes share for privacy-preserving identity queries, which keys the HMAC of the
 * CLK encodings. Neither node sends it: each derives it from its own private encryption key and the other's
 * pinned public one (ECDH on P-256), then through the NIST SP 800-56A Concat KDF with SHA-256 that JOSE's
 * ECDH-ES uses, over a label and the two node ids in a fixed order, so that both arrive at the same 256
 * bits and no other pair does. The query names the two keys it used, so the answering node can use the
 * same ones during a rotation.
 */
@Component
class LinkageSecrets {

	private static final String LABEL = "protect-clk-v1";

	private final NodeKeys keys;

	LinkageSecrets(NodeKeys keys) {
		this.keys = keys;
	}

	/** The secret with a partner under this node's current encryption key and the partner's newest. */
	Derived current(Partner partner) {
		ECKey ours = keys.encryptionKey();
		ECKey theirs = partner.encryptionKey();
		return new Derived(derive(ours, theirs, keys.nodeId(), partner.nodeId()), ours.getKeyID(), theirs.getKeyID());
	}

	/**
	 * The secret a partner's query used: its key {@code senderKid} (pinned) and this node's key
	 * {@code ourKid} (current or retained); {@code null} when either is unknown here.
	 */
	byte[] forQuery(Partner partner, String senderKid, String ourKid) {
		JWK theirs = senderKid == null ? null : partner.keySet().getKeyByKeyId(senderKid);
		ECKey ours = ourKid == null ? null : keys.decryptionKey(ourKid).orElse(null);
		if (!(theirs instanceof ECKey ec) || !KeyUse.ENCRYPTION.equals(theirs.getKeyUse()) || ours == null) {
			return null;
		}
		return derive(ours, ec, keys.nodeId(), partner.nodeId());
	}

	static byte[] derive(ECKey ours, ECKey theirs, UUID us, UUID them) {
		try {
			SecretKey shared = ECDH.deriveSharedSecret(theirs.toECPublicKey(), ours.toECPrivateKey(), null);
			UUID first = us.compareTo(them) < 0 ? us : them;
			UUID second = first.equals(us) ? them : us;
			byte[] label = LABEL.getBytes(StandardCharsets.US_ASCII);
			byte[] info = ByteBuffer.allocate(label.length + 32)
				.put(label)
				.putLong(first.getMostSignificantBits())
				.putLong(first.getLeastSignificantBits())
				.putLong(second.getMostSignificantBits())
				.putLong(second.getLeastSignificantBits())
				.array();
			return new ConcatKDF("SHA-256").deriveKey(shared, 256, info).getEncoded();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("the linkage secret could not be derived", ex);
		}
	}

	/** A derived secret and the two keys it came from. */
	record Derived(byte[] secret, String ourKid, String theirKid) {
	}

}
