package org.protect.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeyTests {

	private static final byte[] RECORD = "record-1".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	@Test
	void opensWhatItSealedForTheSameRecordOnly() {
		SealingKey key = SealingKey.configuredOrFile(null, "p", dir.resolve("k.key"), "nothing");
		byte[] sealed = key.seal(RECORD, "synthetic note".getBytes(StandardCharsets.UTF_8));

		assertThat(new String(key.open(RECORD, sealed), StandardCharsets.UTF_8)).isEqualTo("synthetic note");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("synthetic");
		assertThatIllegalStateException().isThrownBy(() -> key.open("record-2".getBytes(StandardCharsets.UTF_8), sealed));
		sealed[sealed.length - 1] ^= 1;
		assertThatIllegalStateException().isThrownBy(() -> key.open(RECORD, sealed));
	}

	@Test
	void generatesTheKeyFileOnceReadableByTheOwnerOnlyAndReusesIt() throws Exception {
		Path file = dir.resolve("keys").resolve("k.key");
		byte[] sealed = SealingKey.configuredOrFile("", "p", file, "nothing").seal(RECORD, new byte[] { 1, 2, 3 });

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(SealingKey.configuredOrFile(null, "p", file, "nothing").open(RECORD, sealed)).containsExactly(1, 2, 3);
	}

	@Test
	void aConfiguredKeyWinsAndMustBe256Bits() {
		String configured = Base64.getEncoder().encodeToString(new byte[32]);
		SealingKey key = SealingKey.configuredOrFile(configured, "p", dir.resolve("unused.key"), "nothing");
		assertThat(key.open(RECORD, key.seal(RECORD, new byte[] { 7 }))).containsExactly(7);
		assertThat(dir.resolve("unused.key")).doesNotExist();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SealingKey.configuredOrFile(Base64.getEncoder().encodeToString(new byte[16]), "p",
					dir.resolve("x.key"), "nothing"))
			.withMessageContaining("32 bytes");
	}

}
