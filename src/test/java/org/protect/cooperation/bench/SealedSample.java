package org.protect.cooperation.bench;

import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A body of the size the dispatcher posts, for the plain side of the benchmark. The node does not keep the
 * sealed text of a message (only its plain payload), so the harness seals one delivered message's
 * envelope again the way the node does: the same envelope fields in the same order, JWS ES256 with the
 * sender's {@code kid} and {@code typ}, inside JWE ECDH-ES+A256KW / A256GCM to the recipient's published
 * encryption key with {@code cty: JWT}. Every part but the envelope has a fixed length for these
 * algorithms, so the length is the node's to within the few characters an instant may vary by. The
 * signature is made with a throw-away key: only its length matters here.
 */
final class SealedSample {

	private SealedSample() {
	}

	/** The sealed text of an envelope with these fields, as the Swedish node would post it to the Latvian. */
	static String seal(JsonNode senderIdentity, JsonNode recipientIdentity, UUID messageId, UUID conversationId,
			String type, String legalBasis, String payload) {
		try {
			ECKey recipientKey = current(recipientIdentity, KeyUse.ENCRYPTION);
			String signingKid = current(senderIdentity, KeyUse.SIGNATURE).getKeyID();
			ObjectNode envelope = BenchNode.JSON.createObjectNode();
			envelope.put("messageId", messageId.toString());
			envelope.put("conversationId", conversationId.toString());
			envelope.put("inReplyTo", (String) null);
			envelope.put("type", type);
			envelope.put("senderNode", senderIdentity.get("nodeId").asString());
			envelope.put("recipientNode", recipientIdentity.get("nodeId").asString());
			envelope.put("sentAt", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
			envelope.put("legalBasis", legalBasis);
			envelope.set("payload", BenchNode.JSON.readTree(payload));
			JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKid)
				.type(new JOSEObjectType("protect-message+jwt"))
				.build(), new Payload(BenchNode.JSON.writeValueAsString(envelope)));
			jws.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_256).keyID(signingKid).generate()));
			JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256GCM)
				.keyID(recipientKey.getKeyID())
				.contentType("JWT")
				.build(), new Payload(jws.serialize()));
			jwe.encrypt(new ECDHEncrypter(recipientKey.toECPublicKey()));
			return jwe.serialize();
		}
		catch (JOSEException | ParseException ex) {
			throw new IllegalStateException("cannot seal the sample message", ex);
		}
	}

	/** The first key of a use in the identity document's key set: the document lists the current ones first. */
	private static ECKey current(JsonNode identity, KeyUse use) throws ParseException {
		for (JWK key : JWKSet.parse(BenchNode.JSON.writeValueAsString(identity.get("keys"))).getKeys()) {
			if (use.equals(key.getKeyUse())) {
				return key.toECKey();
			}
		}
		throw new IllegalStateException("no " + use + " key in the identity document of " + identity.get("nodeId"));
	}

}
