package org.protect.cooperation.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.protect.cooperation.internal.NodeKeyRepository.StoredKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's id and key pairs: an EC P-256 key that signs (ES256) and one that partners encrypt to
 * (ECDH-ES+A256KW with A256GCM). Both are made on first start and kept in the database, the private
 * halves encrypted under the key-encryption key. Every key's {@code kid} is its RFC 7638 thumbprint, so
 * the fingerprint partners pin is the {@code kid} of the current signing key.
 *
 * <p>Nothing authoritative is held in memory: the current key is read from the database on each use, so
 * that a rotation on one instance is seen by all. Parsed private keys are cached by {@code kid}, which
 * never changes meaning.
 */
@Component
public class NodeKeys implements SmartInitializingSingleton {

	public static final String SIGNING = "sig";

	public static final String ENCRYPTION = "enc";

	private static final Logger log = LoggerFactory.getLogger(NodeKeys.class);

	private final NodeKeyRepository repository;

	private final KeyEncryptionKey kek;

	private final CooperationProperties properties;

	private final TransactionTemplate inTransaction;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, ECKey> privateKeys = new ConcurrentHashMap<>();

	NodeKeys(NodeKeyRepository repository, KeyEncryptionKey kek, CooperationProperties properties,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.kek = kek;
		this.properties = properties;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/** Makes the node's id and keys on the first start (once, whichever instance gets there first). */
	@Override
	public void afterSingletonsInstantiated() {
		inTransaction.executeWithoutResult(tx -> {
			repository.lockKeys();
			if (repository.nodeId().isEmpty()) {
				UUID nodeId = UUID.randomUUID();
				repository.insertNodeId(nodeId);
				log.info("This node's cooperation id is {}", nodeId);
			}
			Instant now = now();
			if (repository.current(SIGNING).isEmpty()) {
				repository.insert(generate(SIGNING, now, "system"));
			}
			if (repository.current(ENCRYPTION).isEmpty()) {
				repository.insert(generate(ENCRYPTION, now, "system"));
			}
		});
		log.info("Cooperation signing key fingerprint (give it to partners out of band): {}", fingerprint());
	}

	public UUID nodeId() {
		return repository.nodeId().orElseThrow(() -> new IllegalStateException("the node has no id yet"));
	}

	/** The RFC 7638 thumbprint of the current signing key: what partners pin. */
	public String fingerprint() {
		return currentStored(SIGNING).kid();
	}

	/** The current signing key, private half included. */
	public ECKey signingKey() {
		return privateKey(currentStored(SIGNING));
	}

	/** The current encryption key, private half included (for deriving a pair's linkage secret). */
	public ECKey encryptionKey() {
		return privateKey(currentStored(ENCRYPTION));
	}

	/** A private encryption key by {@code kid}, if it is current or still within its retention. */
	public Optional<ECKey> decryptionKey(String kid) {
		return repository.find(kid)
			.filter(key -> ENCRYPTION.equals(key.use()))
			.filter(this::published)
			.map(this::privateKey);
	}

	/** A public signing key of this node by {@code kid}, if current or retained. */
	public Optional<ECKey> verificationKey(String kid) {
		return repository.find(kid).filter(key -> SIGNING.equals(key.use())).filter(this::published).map(key -> {
			try {
				return ECKey.parse(key.publicJwk());
			}
			catch (ParseException ex) {
				throw new IllegalStateException("stored public key " + kid + " does not parse", ex);
			}
		});
	}

	/** The private halves of the current and retained signing keys, newest first. */
	public List<ECKey> publishedSigningKeys() {
		return repository.published(now().minus(properties.keyRetention()))
			.stream()
			.filter(key -> SIGNING.equals(key.use()))
			.map(this::privateKey)
			.toList();
	}

	/** The public keys partners may use: the current ones and those retired within the retention period. */
	public JWKSet publicKeys() {
		List<JWK> keys = repository.published(now().minus(properties.keyRetention())).stream().map(key -> {
			try {
				return (JWK) JWK.parse(key.publicJwk());
			}
			catch (ParseException ex) {
				throw new IllegalStateException("stored public key " + key.kid() + " does not parse", ex);
			}
		}).toList();
		return new JWKSet(keys);
	}

	/**
	 * Adds a new current signing and encryption key. The replaced ones stay published, and accepted, for
	 * the retention period, so that messages and receipts in flight still verify and decrypt.
	 *
	 * @return the new fingerprint
	 */
	public String rotate(String actor) {
		return inTransaction.execute(tx -> {
			repository.lockKeys();
			Instant now = now();
			repository.retireCurrent(SIGNING, now);
			repository.retireCurrent(ENCRYPTION, now);
			StoredKey signing = generate(SIGNING, now, actor);
			repository.insert(signing);
			repository.insert(generate(ENCRYPTION, now, actor));
			return signing.kid();
		});
	}

	private boolean published(StoredKey key) {
		return key.retiredAt() == null || key.retiredAt().isAfter(now().minus(properties.keyRetention()));
	}

	private StoredKey currentStored(String use) {
		return repository.current(use).orElseThrow(() -> new IllegalStateException("the node has no " + use + " key"));
	}

	private ECKey privateKey(StoredKey key) {
		return privateKeys.computeIfAbsent(key.kid(), kid -> {
			try {
				return ECKey.parse(new String(kek.decrypt(kid, key.privateEncrypted()), StandardCharsets.UTF_8));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("stored private key " + kid + " does not parse", ex);
			}
		});
	}

	private StoredKey generate(String use, Instant now, String actor) {
		try {
			boolean signing = SIGNING.equals(use);
			ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(signing ? KeyUse.SIGNATURE : KeyUse.ENCRYPTION)
				.algorithm(signing ? JWSAlgorithm.ES256 : JWEAlgorithm.ECDH_ES_A256KW)
				.keyIDFromThumbprint(true)
				.generate();
			return new StoredKey(key.getKeyID(), use, key.getAlgorithm().getName(), key.toPublicJWK().toJSONString(),
					kek.encrypt(key.getKeyID(), key.toJSONString().getBytes(StandardCharsets.UTF_8)), now, actor, null);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("cannot generate a node key", ex);
		}
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

}
