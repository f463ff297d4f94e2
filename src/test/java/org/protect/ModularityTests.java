package org.protect;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules of DESIGN.md talk only through each other's public API and the dependencies their
 * package-info declares; no cycles.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(ProtectApplication.class).verify();
	}

}
