package org.protect.cooperation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.NodeIdentity;
import org.protect.cooperation.SignedNodeIdentity;
import org.protect.shared.NodeProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * This node's identity document, signed; and partners' documents, fetched and checked: well formed,
 * P-256 public keys only, every {@code kid} equal to the key's thumbprint, and signed by the key the
 * document names as its fingerprint.
 */
@Component
public class IdentityDocuments {

	static final String PATH = "/.well-known/protect-node";

	private static final int MAX_DOCUMENT_BYTES = 256 * 1024;

	private final NodeKeys keys;

	private final NodeProperties node;

	private final NodeAddress address;

	private final JsonMapper json;

	private final HttpClient http;

	private final CooperationProperties properties;

	IdentityDocuments(NodeKeys keys, NodeProperties node, NodeAddress address, JsonMapper json,
			CooperationProperties properties) {
		this.keys = keys;
		this.node = node;
		this.address = address;
		this.json = json;
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public NodeIdentity own() {
		return new NodeIdentity(keys.nodeId(), node.country(), node.name(), address.baseUrl(), keys.fingerprint(),
				keys.publicKeys().toJSONObject(true));
	}

	public SignedNodeIdentity ownSigned() {
		NodeIdentity identity = own();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("nodeId", identity.nodeId().toString());
		document.put("country", identity.country());
		document.put("name", identity.name());
		document.put("baseUrl", identity.baseUrl());
		document.put("fingerprint", identity.fingerprint());
		document.put("keys", identity.keys());
		byte[] bytes = json.writeValueAsBytes(document);
		List<String> signatures = new ArrayList<>();
		for (ECKey key : keys.publishedSigningKeys()) {
			try {
				JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
						new Payload(bytes));
				jws.sign(new ECDSASigner(key));
				signatures.add(jws.serialize(true));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("cannot sign the identity document", ex);
			}
		}
		return new SignedNodeIdentity(bytes, signatures);
	}

	/** Fetches and checks a partner's document; refuses with a stable problem code when it does not hold. */
	PartnerDocument fetch(String baseUrl) {
		HttpResponse<InputStream> response;
		byte[] body;
		try {
			response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + PATH))
				.timeout(properties.requestTimeout())
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				body = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new CooperationRefusedException(422, "partner-unreachable", baseUrl);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CooperationRefusedException(422, "partner-unreachable", baseUrl);
		}
		if (response.statusCode() != 200) {
			throw new CooperationRefusedException(422, "partner-unreachable", baseUrl);
		}
		if (body.length > MAX_DOCUMENT_BYTES) {
			throw malformed(baseUrl);
		}
		return parse(baseUrl, body, response.headers().allValues(SignedNodeIdentity.SIGNATURE_HEADER));
	}

	PartnerDocument parse(String baseUrl, byte[] body, List<String> signatureHeaders) {
		try {
			Map<String, Object> document = JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
			UUID nodeId = UUID.fromString(required(document, "nodeId"));
			String country = required(document, "country").toUpperCase(Locale.ROOT);
			String name = required(document, "name");
			String advertisedBaseUrl = required(document, "baseUrl");
			String fingerprint = required(document, "fingerprint");
			if (!country.matches("[A-Z]{2}") || name.length() > 200) {
				throw malformed(baseUrl);
			}
			JWKSet set = JWKSet.parse(JSONObjectUtils.getJSONObject(document, "keys"));
			boolean hasEncryptionKey = false;
			ECKey signingKey = null;
			for (JWK jwk : set.getKeys()) {
				if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || jwk.isPrivate()
						|| jwk.getKeyUse() == null || !jwk.computeThumbprint().toString().equals(jwk.getKeyID())) {
					throw malformed(baseUrl);
				}
				if (KeyUse.ENCRYPTION.equals(jwk.getKeyUse())) {
					hasEncryptionKey = true;
				}
				else if (KeyUse.SIGNATURE.equals(jwk.getKeyUse()) && jwk.getKeyID().equals(fingerprint)) {
					signingKey = ec;
				}
			}
			if (signingKey == null || !hasEncryptionKey) {
				throw malformed(baseUrl);
			}
			Set<String> signedBy = verifiedSigners(body, signatureHeaders, set);
			// The current signing key must vouch for the whole document, encryption keys included.
			if (!signedBy.contains(fingerprint)) {
				throw malformed(baseUrl);
			}
			return new PartnerDocument(nodeId, country, name, advertisedBaseUrl, fingerprint, set, signedBy);
		}
		catch (ParseException | IllegalArgumentException | ClassCastException | JOSEException ex) {
			throw malformed(baseUrl);
		}
	}

	private static Set<String> verifiedSigners(byte[] body, List<String> headers, JWKSet set) {
		Set<String> signers = new HashSet<>();
		for (String header : headers) {
			for (String signature : header.split(",")) {
				try {
					JWSObject jws = JWSObject.parse(signature.strip(), new Payload(body));
					if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
						continue;
					}
					JWK key = set.getKeyByKeyId(jws.getHeader().getKeyID());
					if (key instanceof ECKey ec && KeyUse.SIGNATURE.equals(key.getKeyUse())
							&& jws.verify(new ECDSAVerifier(ec.toECPublicKey()))) {
						signers.add(key.getKeyID());
					}
				}
				catch (ParseException | JOSEException ex) {
					// A signature that does not parse or verify vouches for nothing.
				}
			}
		}
		return signers;
	}

	private static String required(Map<String, Object> document, String field) throws ParseException {
		String value = JSONObjectUtils.getString(document, field);
		if (value == null || value.isBlank()) {
			throw new ParseException("missing " + field, 0);
		}
		return value;
	}

	private static CooperationRefusedException malformed(String baseUrl) {
		return new CooperationRefusedException(422, "partner-document-malformed", baseUrl);
	}

	/**
	 * A partner's identity document that checked out.
	 *
	 * @param signedBy the kids of the signing keys whose signatures over the document verified
	 */
	record PartnerDocument(UUID nodeId, String country, String name, String baseUrl, String fingerprint, JWKSet keys,
			Set<String> signedBy) {
	}

}
