package org.protect.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * An import running in the background, as its progress page shows it.
 */
public record ImportJob(UUID id, String startedBy, Instant startedAt, Instant finishedAt, int total, int processed,
		String state, int created, int revised, UUID importId, String message) {

	public boolean running() {
		return "RUNNING".equals(state);
	}

	public int percent() {
		return total == 0 ? 100 : (int) (100L * processed / total);
	}

}
