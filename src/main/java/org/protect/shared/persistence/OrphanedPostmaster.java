package org.protect.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a hard kill of the JVM the embedded PostgreSQL keeps running and holds its lock file, and the
 * next start would fail. Before starting, stop a live postmaster that still owns the data directory.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private OrphanedPostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty() || !isPostgres(process.get()) || !servesDirectory(pid, dataDirectory)) {
			return;
		}
		log.warn("Stopping orphaned PostgreSQL (pid {}) left running on {}", pid, dataDirectory);
		ProcessHandle handle = process.get();
		// Fast shutdown (SIGINT) ends the dead JVM's sessions at once; the default of destroy(), SIGTERM, is a
		// "smart" shutdown that waits for them, and the forced kill after it can leave shared memory behind.
		if (!interrupt(pid)) {
			handle.destroy();
		}
		try {
			handle.onExit().get(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			handle.destroyForcibly();
		}
	}

	/**
	 * Whether the process was started on this data directory: a pid in a stale file may since belong to
	 * another node's PostgreSQL. Where the command line cannot be read (not Linux), the pid file decides.
	 */
	private static boolean servesDirectory(long pid, Path dataDirectory) {
		Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
		if (!Files.isReadable(cmdline)) {
			return true;
		}
		try {
			String command = Files.readString(cmdline).replace('\0', ' ');
			return command.contains(dataDirectory.toAbsolutePath().normalize().toString())
					|| command.contains(dataDirectory.toRealPath().toString());
		}
		catch (IOException ex) {
			return true;
		}
	}

	private static boolean interrupt(long pid) {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		String command = process.info().command().orElse("");
		if (command.contains("postgres")) {
			return true;
		}
		try {
			return Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm")).contains("postgres");
		}
		catch (IOException ex) {
			return false;
		}
	}

}
