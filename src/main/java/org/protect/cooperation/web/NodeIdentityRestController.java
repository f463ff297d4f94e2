package org.protect.cooperation.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.protect.cooperation.Cooperation;
import org.protect.cooperation.SignedNodeIdentity;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The node's public identity document: who it is and the public keys partners pin. Served with detached
 * signatures by its signing keys in a header, so that the encryption keys are bound to the fingerprint.
 */
@RestController
@Hidden
class NodeIdentityRestController {

	private final Cooperation cooperation;

	NodeIdentityRestController(Cooperation cooperation) {
		this.cooperation = cooperation;
	}

	@GetMapping(path = "/.well-known/protect-node", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> identity() {
		SignedNodeIdentity signed = cooperation.signedIdentity();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.noCache())
			.header(SignedNodeIdentity.SIGNATURE_HEADER, String.join(", ", signed.signatures()))
			.body(signed.json());
	}

}
