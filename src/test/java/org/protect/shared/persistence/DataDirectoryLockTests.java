package org.protect.shared.persistence;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aSecondNodeOnTheSameDataDirectoryRefusesToStartUntilTheFirstHasStopped() throws Exception {
		DataDirectoryLock first = DataDirectoryLock.acquire(dataDirectory);

		assertThatIllegalStateException().isThrownBy(() -> DataDirectoryLock.acquire(dataDirectory))
			.withMessageContaining("Another Protect node is running");

		first.close();
		assertThatNoException().isThrownBy(() -> DataDirectoryLock.acquire(dataDirectory).close());
	}

}
