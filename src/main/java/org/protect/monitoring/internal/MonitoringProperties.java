package org.protect.monitoring.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of well-being monitoring.
 *
 * @param scale the rating scale's levels from worst to best (application.properties sets the default 1-5
 *        scale; README, "Well-being monitoring", shows a 1-4 one)
 * @param followUpMonths the default follow-up schedule, in months after a return or placement
 * @param dataKey the AES key (base64, 32 bytes) that encrypts the assessments' free texts; when unset, a key is
 *        generated once into {@code <protect.data-dir>/keys/monitoring-data.key}
 */
@ConfigurationProperties("protect.monitoring")
record MonitoringProperties(List<Level> scale, @DefaultValue({ "1", "3", "6", "12" }) List<Integer> followUpMonths,
		String dataKey) {

	/** One level as configured: {@code protect.monitoring.scale[0].code=1}, {@code .score=1}, {@code .label=…}. */
	record Level(String code, int score, String label) {
	}

}
