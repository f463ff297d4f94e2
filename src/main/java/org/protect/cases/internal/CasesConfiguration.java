package org.protect.cases.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CasesProperties.class)
class CasesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CasesConfiguration.class);

	/** The node's clock, in the node's time zone: deadlines and ages are counted in local days. */
	@Bean
	@ConditionalOnMissingBean(name = "casesClock")
	Clock casesClock() {
		return Clock.systemDefaultZone();
	}

	/** The operator's scanner when there is one; otherwise every document passes, and the log says so. */
	@Bean
	DocumentScanners documentScanners(ObjectProvider<DocumentScanner> scanners) {
		List<DocumentScanner> found = scanners.orderedStream().toList();
		if (found.isEmpty()) {
			log.warn("No virus scanner is configured for case documents: provide a DocumentScanner bean "
					+ "(for example ClamAV). Documents are checked for type and size only.");
		}
		return new DocumentScanners(found);
	}

	/** Every configured scanner must pass a document. */
	record DocumentScanners(List<DocumentScanner> scanners) {

		boolean clean(String fileName, String contentType, byte[] content) {
			return scanners.stream().allMatch(scanner -> scanner.clean(fileName, contentType, content));
		}

	}

}
