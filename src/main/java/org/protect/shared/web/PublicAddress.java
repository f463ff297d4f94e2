package org.protect.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people reach this node, as the operator configured it. Nothing the node answers is built from the
 * request's {@code Host} header, which the client chooses: redirects are relative, and once a public base
 * URL is configured, requests naming any other host (besides loopback, for health checks on the machine)
 * are refused before they reach the application.
 *
 * @param publicBaseUrl the node's address for people, e.g. {@code https://protect.example.org}; unset on a
 *        demo or development node, which then answers any host name
 */
@ConfigurationProperties("protect.web")
public record PublicAddress(URI publicBaseUrl) {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	public PublicAddress {
		if (publicBaseUrl != null && (publicBaseUrl.getHost() == null
				|| !Set.of("http", "https").contains(String.valueOf(publicBaseUrl.getScheme())))) {
			throw new IllegalArgumentException(
					"protect.web.public-base-url must be an http or https URL with a host name, e.g. https://protect.example.org");
		}
	}

	/** Whether a request may name this host: the configured one, loopback, or any while none is configured. */
	public boolean allowsHost(String host) {
		if (publicBaseUrl == null) {
			return true;
		}
		String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
		return name.equals(publicBaseUrl.getHost().toLowerCase(Locale.ROOT)) || LOOPBACK.contains(name);
	}

}
