package org.protect.identity.internal;

import java.text.Normalizer;

/**
 * Case and diacritic folding for free text such as street and town names.
 */
final class NameNormaliserText {

	private NameNormaliserText() {
	}

	static String fold(String value) {
		boolean ascii = true;
		for (int i = 0; i < value.length() && ascii; i++) {
			ascii = value.charAt(i) < 128;
		}
		if (ascii) {
			return value;
		}
		String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
		return decomposed.replaceAll("\\p{M}+", "");
	}

}
