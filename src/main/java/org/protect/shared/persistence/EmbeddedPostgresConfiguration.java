package org.protect.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL embedded in the node when no external database is configured
 * ({@code spring.datasource.url} unset). With it set, Boot's own pool and Flyway connect to the external
 * server and nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	static final String DATABASE = "protect";

	/** Released after the database has stopped: the database bean depends on it. */
	@Bean(destroyMethod = "close")
	DataDirectoryLock dataDirectoryLock(@Value("${protect.data-dir:data}") String dataDir) throws IOException {
		return DataDirectoryLock.acquire(Path.of(dataDir).toAbsolutePath());
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${protect.data-dir:data}") String dataDir, DataDirectoryLock lock)
			throws IOException {
		Path pgData = Path.of(dataDir).toAbsolutePath().resolve("postgres");
		Files.createDirectories(pgData.getParent());
		// Only now, holding the data directory's lock: a postmaster still running here has no live node.
		OrphanedPostmaster.stopIfRunning(pgData);
		log.info("Starting embedded PostgreSQL in {}", pgData);
		return EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			// zonky turns durability off for throw-away test databases; this one keeps children's data.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${protect.embedded-db.pool-size:10}") int poolSize)
			throws SQLException {
		createDatabaseIfMissing(postgres);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("protect-embedded");
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			var result = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!result.next()) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
			}
		}
	}

}
