package org.protect.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.protect.identity.internal.RecordCsv;

/**
 * The benchmark files copied into src/test/resources/linkage, read from the test class path.
 */
final class LinkageData {

	private LinkageData() {
	}

	static Path path(String resource) {
		try {
			return Path.of(LinkageData.class.getResource("/linkage/" + resource).toURI());
		}
		catch (URISyntaxException | NullPointerException e) {
			throw new IllegalStateException("missing test resource linkage/" + resource, e);
		}
	}

	static List<PersonRecord> read(String resource) {
		try {
			return RecordCsv.read(path(resource));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
