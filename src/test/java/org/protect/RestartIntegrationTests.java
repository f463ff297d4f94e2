package org.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.UserSummary;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditQuery;
import org.protect.audit.AuditVerification;
import org.protect.support.AsAdmin;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stops and starts a node on the same data directory: what was saved is still there, the audit chain still
 * verifies, and a migration the new version brings with a number below applied ones is applied.
 */
class RestartIntegrationTests {

	private final Path dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath();

	@Test
	void usersAndAuditEntriesSurviveARestartAndTheChainStillVerifies() {
		long entriesBefore;
		UUID caseworker;
		try (ConfigurableApplicationContext first = start()) {
			caseworker = AsAdmin.call(() -> first.getBean(AccountManagement.class).users("caseworker.lv", null))
				.get(0)
				.id();
			AuditLog audit = first.getBean(AuditLog.class);
			entriesBefore = AsAdmin.call(() -> audit.find(AuditQuery.all(), 0, 1)).total();
			assertThat(entriesBefore).isPositive();
		}
		// The new version brings a migration numbered below ones already applied (modules number their own).
		try (ConfigurableApplicationContext second = start("--spring.flyway.locations=classpath:db/migration,classpath:db/upgrade")) {
			assertThat(second.getBean(JdbcClient.class)
				.sql("SELECT count(*) FROM flyway_schema_history WHERE version = '202611300199' AND success")
				.query(Long.class)
				.single()).isEqualTo(1);
			UserSummary again = AsAdmin.call(() -> second.getBean(AccountManagement.class).user(caseworker));
			assertThat(again.username()).isEqualTo("caseworker.lv");
			AuditLog audit = second.getBean(AuditLog.class);
			assertThat(AsAdmin.call(() -> audit.find(AuditQuery.all(), 0, 1)).total()).isGreaterThanOrEqualTo(entriesBefore);
			AuditVerification verification = AsAdmin.call(audit::verify);
			assertThat(verification.valid()).isTrue();
			assertThat(verification.entries()).isGreaterThanOrEqualTo(entriesBefore);
			// The demo data is created once, on the empty database only.
			assertThat(AsAdmin.call(() -> second.getBean(AccountManagement.class).users("caseworker.lv", null)))
				.hasSize(1);
		}
	}

	private ConfigurableApplicationContext start(String... more) {
		String[] arguments = { "--server.port=0", "--protect.data-dir=" + dataDir, "--protect.node.country=LV",
				"--protect.demo.enabled=true", "--protect.demo.password=synthetic-restart-password" };
		String[] all = java.util.Arrays.copyOf(arguments, arguments.length + more.length);
		System.arraycopy(more, 0, all, arguments.length, more.length);
		return new SpringApplicationBuilder(ProtectApplication.class).run(all);
	}

}
