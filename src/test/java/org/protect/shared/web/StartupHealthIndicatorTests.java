package org.protect.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

class StartupHealthIndicatorTests {

	@Test
	void isDownUntilTheNodeHasFinishedStartingThenUp() {
		StartupHealthIndicator indicator = new StartupHealthIndicator();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		indicator.ready();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

}
