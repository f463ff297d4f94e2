package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.protect.ProtectApplication;
import org.postgresql.Driver;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A demo node in a JVM of its own, so that a test can kill it the way the kernel or a power cut does
 * ({@code kill -9}): no shutdown hook runs, transactions are cut off, and its embedded PostgreSQL is left
 * running as an orphan for the next start to deal with. The test reads the node's database directly
 * (the embedded server's port is in its {@code postmaster.pid}), and over HTTP like anyone else.
 */
final class NodeProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final String country;

	private final int port;

	private final List<String> arguments;

	private final Path dataDir;

	private final Path log;

	private final Thread reaper = new Thread(this::forceStop, "node-process-reaper");

	private Process process;

	/**
	 * @param name the data directory's name under {@code target/test-data}, unique per test run
	 */
	NodeProcess(String name, String country, int port, String password) {
		this.country = country;
		this.port = port;
		this.dataDir = Path.of("target", "test-data", name).toAbsolutePath();
		this.log = Path.of("target", "test-data", name + ".log").toAbsolutePath();
		this.arguments = List.of("--server.port=" + port, "--protect.data-dir=" + dataDir,
				"--protect.node.country=" + country, "--protect.demo.enabled=true", "--protect.demo.password=" + password,
				"--protect.cooperation.dispatch-interval=200ms", "--protect.cooperation.retry-initial-delay=300ms",
				"--protect.cooperation.retry-max-delay=2s",
				// A test holds answers back for a few seconds; the default 30 s would do, with little margin.
				"--protect.cooperation.request-timeout=60s");
		// If the test JVM ends without its @AfterAll (a forked surefire JVM told to exit), the node and its
		// database must not outlive it.
		Runtime.getRuntime().addShutdownHook(reaper);
	}

	/** Starts the node (on its data directory, as it was left) and waits until it answers healthy. */
	void start() {
		assertThat(isAlive()).as(country + " node already running").isFalse();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp",
				System.getProperty("java.class.path"), ProtectApplication.class.getName()));
		command.addAll(arguments);
		try {
			Files.createDirectories(log.getParent());
			// The surefire JVM names this directory; the node's web server and database need it to exist.
			Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
			Files.writeString(log, "--- start " + Instant.now() + System.lineSeparator(), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitHealthy();
	}

	private void awaitHealthy() {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError(country + " node exited with " + process.exitValue() + " while starting:\n"
						+ logTail());
			}
			if (healthy()) {
				return;
			}
			pause(Duration.ofMillis(250));
		}
		throw new AssertionError(country + " node not healthy after " + START_TIMEOUT + ":\n" + logTail());
	}

	private boolean healthy() {
		try {
			HttpResponse<String> response = TestNodes.send(TestNodes.request(port, "/actuator/health", null)
				.timeout(Duration.ofSeconds(2))
				.GET()
				.build());
			return response.statusCode() == 200;
		}
		catch (IllegalStateException ex) {
			// Not listening yet.
			return false;
		}
	}

	/** {@code kill -9}: on Linux {@link Process#destroyForcibly()} sends SIGKILL. Returns once it is dead. */
	void kill() {
		process.destroyForcibly();
		try {
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(country + " node dead").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stops the node as an operator would (SIGTERM, so its embedded PostgreSQL stops with it); if it does not
	 * stop in time, kills it and the database it leaves behind.
	 */
	@Override
	public void close() {
		if (process != null && process.isAlive()) {
			process.destroy();
			try {
				process.waitFor(45, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		forceStop();
		try {
			Runtime.getRuntime().removeShutdownHook(reaper);
		}
		catch (IllegalStateException ex) {
			// The JVM is shutting down already: the hook runs anyway.
		}
	}

	private void forceStop() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		postmaster().ifPresent(postgres -> {
			postgres.destroy();
			try {
				postgres.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				postgres.destroyForcibly();
			}
		});
	}

	boolean isAlive() {
		return process != null && process.isAlive();
	}

	/** The node's embedded PostgreSQL server, while one runs on its data directory. */
	Optional<ProcessHandle> postmaster() {
		return postmasterPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(NodeProcess::isPostgres);
	}

	private static boolean isPostgres(ProcessHandle process) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm")).contains("postgres");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private Optional<Long> postmasterPid() {
		List<String> lines = postmasterLines();
		return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
	}

	private List<String> postmasterLines() {
		Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
		try {
			return Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
		}
		catch (IOException ex) {
			// Being rewritten by a starting server.
			return List.of();
		}
	}

	/**
	 * The node's database, straight through its embedded server (also while the server is an orphan of a
	 * killed node). A connection per statement, so that nothing of the test holds the server open.
	 */
	JdbcClient database() {
		List<String> lines = postmasterLines();
		assertThat(lines).as(country + " database running").hasSizeGreaterThan(3);
		int databasePort = Integer.parseInt(lines.get(3).strip());
		return JdbcClient.create(new SimpleDriverDataSource(new Driver(),
				"jdbc:postgresql://localhost:" + databasePort + "/protect", "postgres", ""));
	}

	/** The node's own output, all its starts, for assertions on what it logged. */
	String output() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String logTail() {
		String output = output();
		return output.substring(Math.max(0, output.length() - 6000));
	}

	int port() {
		return port;
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return country + " node " + (isAlive() ? "pid " + process.pid() : "stopped") + " on " + dataDir;
	}

}
