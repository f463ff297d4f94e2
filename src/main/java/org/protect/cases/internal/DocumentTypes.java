package org.protect.cases.internal;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/** Checks that a document's content is what its declared type says, by its first bytes. */
final class DocumentTypes {

	private DocumentTypes() {
	}

	static boolean looksLike(String type, byte[] content) {
		return switch (type) {
			case "application/pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
			case "image/png" -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
			case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
			case "text/plain" -> utf8(content);
			default -> false;
		};
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean utf8(byte[] content) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
			for (byte b : content) {
				if (b == 0) {
					return false;
				}
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}
