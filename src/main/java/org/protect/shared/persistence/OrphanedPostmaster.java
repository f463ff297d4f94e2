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
		if (process.isEmpty() || !isPostgres(process.get())) {
			return;
		}
		log.warn("Stopping orphaned PostgreSQL (pid {}) left running on {}", pid, dataDirectory);
		ProcessHandle handle = process.get();
		handle.destroy();
		try {
			handle.onExit().get(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			handle.destroyForcibly();
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
