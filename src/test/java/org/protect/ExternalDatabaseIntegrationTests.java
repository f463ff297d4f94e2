package org.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.protect.accounts.AccountManagement;
import org.protect.support.AsAdmin;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.datasource.url} set the node uses that PostgreSQL server and starts none of its
 * own. The "external" server here is a separate PostgreSQL process started by the test.
 */
class ExternalDatabaseIntegrationTests {

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
		Path dataDir = Path.of("target", "test-data", "external-" + UUID.randomUUID()).toAbsolutePath();
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext node = new SpringApplicationBuilder(ProtectApplication.class).run(
						"--server.port=0", "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--protect.data-dir=" + dataDir,
						"--protect.demo.enabled=true", "--protect.demo.password=synthetic-external-password")) {
			assertThat(node.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			assertThat(dataDir.resolve("postgres")).doesNotExist();
			assertThat(AsAdmin.call(() -> node.getBean(AccountManagement.class).users("caseworker.se", null))).hasSize(1);
			try (var connection = external.getPostgresDatabase().getConnection();
					var statement = connection.createStatement();
					var rows = statement.executeQuery("SELECT count(*) FROM accounts.app_user")) {
				rows.next();
				assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(10);
			}
		}
	}

}
