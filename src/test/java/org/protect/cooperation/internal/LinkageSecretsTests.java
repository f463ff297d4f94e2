package org.protect.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;

/** Two partner nodes derive the same linkage secret without sending it; no third node derives it. */
class LinkageSecretsTests {

	@Test
	void bothNodesOfAPairDeriveTheSameSecretAndAnotherPairAnother() throws Exception {
		ECKey se = key();
		ECKey lv = key();
		ECKey lt = key();
		UUID seId = UUID.randomUUID();
		UUID lvId = UUID.randomUUID();
		UUID ltId = UUID.randomUUID();
		byte[] atSe = LinkageSecrets.derive(se, lv.toPublicJWK(), seId, lvId);
		byte[] atLv = LinkageSecrets.derive(lv, se.toPublicJWK(), lvId, seId);
		assertThat(atSe).hasSize(32).isEqualTo(atLv);
		assertThat(LinkageSecrets.derive(se, lt.toPublicJWK(), seId, ltId)).isNotEqualTo(atSe);
		// The node ids are part of the derivation: the same keys under other ids give another secret.
		assertThat(LinkageSecrets.derive(se, lv.toPublicJWK(), seId, ltId)).isNotEqualTo(atSe);
	}

	private static ECKey key() throws Exception {
		return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).keyIDFromThumbprint(true).generate();
	}

}
