package org.protect.cooperation.internal;

import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
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
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.protect.cooperation.CooperationRefusedException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Nested JOSE for messages: the envelope is signed by the sender (JWS compact, ES256, {@code kid}) and the
 * JWS is encrypted to the recipient (JWE compact, ECDH-ES+A256KW with A256GCM, {@code cty: JWT}).
 * Receipts are a JWS by the recipient. Each kind has its own {@code typ}, so a receipt can never pass as a
 * message or the other way round. Only these algorithms are accepted.
 */
@Component
public class MessageSealer {

	static final JOSEObjectType MESSAGE_TYPE = new JOSEObjectType("protect-message+jwt");

	static final JOSEObjectType RECEIPT_TYPE = new JOSEObjectType("protect-receipt+jwt");

	static final String RECEIVED = "RECEIVED";

	private final JsonMapper json;

	MessageSealer(JsonMapper json) {
		this.json = json;
	}

	/** Signs the envelope with {@code signingKey} and encrypts it to {@code recipientKey}. */
	public String seal(Envelope envelope, ECKey signingKey, ECKey recipientKey) {
		try {
			JWSObject jws = new JWSObject(
					new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).type(MESSAGE_TYPE).build(),
					new Payload(envelope.toJson(json)));
			jws.sign(new ECDSASigner(signingKey));
			JWEObject jwe = new JWEObject(
					new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256GCM)
						.keyID(recipientKey.getKeyID())
						.contentType("JWT")
						.build(),
					new Payload(jws.serialize()));
			jwe.encrypt(new ECDHEncrypter(recipientKey.toECPublicKey()));
			return jwe.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot seal a message", ex);
		}
	}

	/** The {@code kid} of the recipient key a JWE names, or a refusal when it is not one we accept. */
	String encryptionKeyId(JWEObject jwe) {
		JWEHeader header = jwe.getHeader();
		if (!JWEAlgorithm.ECDH_ES_A256KW.equals(header.getAlgorithm())
				|| !EncryptionMethod.A256GCM.equals(header.getEncryptionMethod()) || header.getKeyID() == null) {
			throw refused(400, "federation-undecryptable");
		}
		return header.getKeyID();
	}

	JWEObject parseEncrypted(String compact) {
		try {
			return JWEObject.parse(compact.strip());
		}
		catch (ParseException ex) {
			throw refused(400, "federation-undecryptable");
		}
	}

	/** Decrypts and returns the inner JWS, not yet verified. */
	JWSObject decrypt(JWEObject jwe, ECKey decryptionKey) {
		try {
			jwe.decrypt(new ECDHDecrypter(decryptionKey));
		}
		catch (JOSEException | IllegalStateException ex) {
			throw refused(400, "federation-undecryptable");
		}
		try {
			JWSObject jws = JWSObject.parse(jwe.getPayload().toString());
			if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm()) || jws.getHeader().getKeyID() == null
					|| !MESSAGE_TYPE.equals(jws.getHeader().getType())) {
				throw refused(400, "federation-malformed");
			}
			return jws;
		}
		catch (ParseException ex) {
			throw refused(400, "federation-malformed");
		}
	}

	Envelope envelope(JWSObject jws) {
		try {
			return Envelope.parse(json, jws.getPayload().toString());
		}
		catch (IllegalArgumentException | java.time.format.DateTimeParseException ex) {
			throw refused(400, "federation-malformed");
		}
	}

	boolean verifies(JWSObject jws, ECKey key) {
		try {
			return jws.verify(new ECDSAVerifier(key.toECPublicKey()));
		}
		catch (JOSEException ex) {
			return false;
		}
	}

	public String signReceipt(Receipt receipt, ECKey signingKey) {
		try {
			JWSObject jws = new JWSObject(
					new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(signingKey.getKeyID()).type(RECEIPT_TYPE).build(),
					new Payload(Map.<String, Object>of("messageId", receipt.messageId().toString(), "receivedAt",
							receipt.receivedAt().toString(), "recipient", receipt.recipient().toString(), "status",
							receipt.status())));
			jws.sign(new ECDSASigner(signingKey));
			return jws.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot sign a receipt", ex);
		}
	}

	/**
	 * Checks a receipt from {@code partner} for {@code messageId}: signed with one of its pinned keys, for
	 * this message, by that partner, stating it was received.
	 *
	 * @return why it does not hold, or null when it does
	 */
	String receiptProblem(String compact, Partner partner, UUID messageId) {
		try {
			JWSObject jws = JWSObject.parse(compact.strip());
			if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())
					|| !RECEIPT_TYPE.equals(jws.getHeader().getType())) {
				return "receipt-malformed";
			}
			ECKey key = partner.signingKey(jws.getHeader().getKeyID()).orElse(null);
			if (key == null) {
				return "receipt-unknown-key";
			}
			if (!verifies(jws, key)) {
				return "receipt-bad-signature";
			}
			Map<String, Object> claims = jws.getPayload().toJSONObject();
			if (claims == null || !messageId.toString().equals(JSONObjectUtils.getString(claims, "messageId"))
					|| !partner.nodeId().toString().equals(JSONObjectUtils.getString(claims, "recipient"))
					|| !RECEIVED.equals(JSONObjectUtils.getString(claims, "status"))) {
				return "receipt-mismatch";
			}
			Instant.parse(JSONObjectUtils.getString(claims, "receivedAt"));
			return null;
		}
		catch (ParseException | RuntimeException ex) {
			return "receipt-malformed";
		}
	}

	static CooperationRefusedException refused(int status, String code) {
		return new CooperationRefusedException(status, code);
	}

	/** What a recipient signs when it has stored a message. */
	public record Receipt(UUID messageId, Instant receivedAt, UUID recipient, String status) {
	}

}
