package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import org.protect.ProtectApplication;
import org.protect.audit.AuditEntry;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditQuery;
import org.protect.cooperation.internal.NodeKeys;
import org.protect.support.AsAdmin;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nodes of different countries in one JVM for the two-node tests: each its own application context, port,
 * data directory and embedded PostgreSQL, talking real HTTP on loopback, with a fast dispatcher.
 */
final class TestNodes {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestNodes() {
	}

	/**
	 * Starts (or restarts, on the same data directory) a demo node.
	 *
	 * @param name the data directory's name under {@code target/test-data}, unique per test run
	 */
	static ConfigurableApplicationContext start(String name, String country, int port, String password) {
		Path dataDir = Path.of("target", "test-data", name).toAbsolutePath();
		return new SpringApplicationBuilder(ProtectApplication.class).run("--server.port=" + port,
				"--protect.data-dir=" + dataDir, "--protect.node.country=" + country, "--protect.demo.enabled=true",
				"--protect.demo.password=" + password, "--protect.cooperation.dispatch-interval=200ms",
				"--protect.cooperation.retry-initial-delay=300ms", "--protect.cooperation.retry-max-delay=2s");
	}

	/** A port free now, chosen up front so that a restarted node keeps its address. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A request to the node on {@code port}, with the bearer token when there is one. */
	static HttpRequest.Builder request(int port, String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<String> get(int port, String token, String path) {
		return send(request(port, path, token).GET().build());
	}

	static HttpResponse<String> postJson(int port, String token, String path, String json) {
		return send(request(port, path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** Signs in through the API; the answer must be a token. */
	static String token(int port, String username, String password) {
		HttpResponse<String> response = postJson(port, null, "/api/v1/session",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return JSON.readTree(response.body()).get("token").asString();
	}

	/** The audit entries of one action on a node. */
	static List<AuditEntry> audit(ConfigurableApplicationContext node, String action) {
		return AsAdmin.call(() -> node.getBean(AuditLog.class)
			.find(new AuditQuery(null, action, null, null, null), 0, 200)
			.entries());
	}

	/** Waits until the condition holds or the time is up (the caller asserts what it waited for). */
	static void await(Supplier<Boolean> condition, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.get() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static String fingerprint(ConfigurableApplicationContext node) {
		return node.getBean(NodeKeys.class).fingerprint();
	}

	static UUID nodeId(ConfigurableApplicationContext node) {
		return node.getBean(NodeKeys.class).nodeId();
	}

}
