package org.protect.support;

import java.nio.file.Path;
import java.util.UUID;

import org.protect.ProtectApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: one running node on the embedded PostgreSQL, shared by every test
 * class (Spring caches the context), with demo users whose password is {@link #PASSWORD}. Central
 * authority officers and judges must use MFA here, so that the MFA paths are exercised.
 */
@SpringBootTest(classes = ProtectApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "protect.demo.enabled=true", "protect.demo.password=" + IntegrationTest.PASSWORD,
				"protect.node.country=SE", "protect.security.mfa-required-roles=CENTRAL_AUTHORITY,JUDGE",
				"spring.thymeleaf.cache=false" })
public abstract class IntegrationTest {

	public static final String PASSWORD = "synthetic-demo-password-2026";

	/** A fresh data directory per test run, so that no earlier run's data leaks in. */
	private static final Path DATA_DIR = Path.of("target", "test-data", "it-" + UUID.randomUUID());

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("protect.data-dir", () -> DATA_DIR.toAbsolutePath().toString());
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	protected HttpTestClient client() {
		return new HttpTestClient(baseUrl());
	}

}
