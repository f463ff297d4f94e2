package org.protect.cooperation;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;

import org.protect.ProtectApplication;
import org.protect.cooperation.internal.NodeKeys;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nodes of different countries in one JVM for the two-node tests: each its own application context, port,
 * data directory and embedded PostgreSQL, talking real HTTP on loopback, with a fast dispatcher.
 */
final class TestNodes {

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

	static String fingerprint(ConfigurableApplicationContext node) {
		return node.getBean(NodeKeys.class).fingerprint();
	}

	static UUID nodeId(ConfigurableApplicationContext node) {
		return node.getBean(NodeKeys.class).nodeId();
	}

}
