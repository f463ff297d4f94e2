package org.protect.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The node's clock in its time zone: days of assessments and follow-ups are local days. Not a {@link Clock}
 * bean, because the application may hold only one (Spring Modulith's moments take the single one there is).
 */
@Component
class MonitoringClock {

	private final Clock clock;

	MonitoringClock() {
		this(Clock.systemDefaultZone());
	}

	MonitoringClock(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return clock.instant();
	}

}
