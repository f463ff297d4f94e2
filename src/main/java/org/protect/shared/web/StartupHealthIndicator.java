package org.protect.shared.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The node is healthy only once it has finished starting: its accounts and the directory's reference
 * content are loaded (by start-up runners, after the web server already answers). Until then health
 * says DOWN, so that a load balancer, a script or a person waiting for it does not arrive too early.
 */
@Component("startup")
class StartupHealthIndicator implements HealthIndicator {

	private volatile boolean ready;

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		ready = true;
	}

	@Override
	public Health health() {
		return ready ? Health.up().build() : Health.down().build();
	}

}
