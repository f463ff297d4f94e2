package org.protect.monitoring.internal;

import java.nio.file.Path;
import java.util.List;

import org.protect.monitoring.WellBeingScale;
import org.protect.shared.crypto.SealingKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
class MonitoringConfiguration {

	/** The configured scale; a scale that cannot work (one level, falling scores, a code twice) stops the start. */
	@Bean
	WellBeingScale wellBeingScale(MonitoringProperties properties) {
		List<MonitoringProperties.Level> levels = properties.scale() == null ? List.of() : properties.scale();
		return new WellBeingScale(levels.stream()
			.map(level -> new WellBeingScale.Level(level.code(), level.score(), level.label()))
			.toList());
	}

	@Bean
	MonitoringCipher monitoringCipher(MonitoringProperties properties, @Value("${protect.data-dir:data}") String dataDir) {
		return new MonitoringCipher(SealingKey.configuredOrFile(properties.dataKey(), "protect.monitoring.data-key",
				Path.of(dataDir, "keys", "monitoring-data.key"), "well-being assessments cannot be read"));
	}

}
