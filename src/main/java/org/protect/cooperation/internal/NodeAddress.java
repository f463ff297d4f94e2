package org.protect.cooperation.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The base URL partners reach this node at: {@code protect.cooperation.base-url}, or
 * {@code http://localhost:<port>} with the port the server actually listens on.
 */
@Component
public class NodeAddress {

	private final CooperationProperties properties;

	private final Environment environment;

	NodeAddress(CooperationProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	public String baseUrl() {
		if (properties.baseUrl() != null && !properties.baseUrl().isBlank()) {
			return BaseUrls.normalise(properties.baseUrl());
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

}
