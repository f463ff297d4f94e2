package org.protect.shared.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds an exclusive lock on the node's data directory for as long as the node runs, so that a second
 * node started on the same directory by mistake refuses to start instead of taking over (and stopping)
 * the first node's database. The operating system releases the lock when the process dies, however it
 * dies: after a hard kill the next start gets the lock and may then stop the orphaned database.
 */
final class DataDirectoryLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
		Files.createDirectories(dataDirectory);
		Path file = dataDirectory.resolve("protect.lock");
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("Another Protect node is running on the data directory "
					+ dataDirectory.toAbsolutePath() + ": stop it first, or give this one its own protect.data-dir.");
		}
		return new DataDirectoryLock(channel, lock);
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		}
		finally {
			channel.close();
		}
	}

}
