package org.protect.shared;

/**
 * Which characters text from outside may hold. PostgreSQL cannot store a NUL, and other control characters
 * only serve to garble logs, terminals and exported files; tab and line breaks are ordinary in free text.
 * Names must show what they say: invisible formatting characters (bidirectional overrides, zero-width
 * spaces) could make one child's name look exactly like another's on screen.
 */
public final class TextCharacters {

	private TextCharacters() {
	}

	/** Whether {@code text} holds a C0 or C1 control character other than tab, line feed and carriage return. */
	public static boolean hasControlCharacters(CharSequence text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isRefusedControl(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRefusedControl(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
	}

	/**
	 * Whether a name holds a control character or an invisible formatting character (Unicode category Cf:
	 * bidirectional embeddings, overrides, isolates and marks, zero-width spaces, joiners, the byte-order
	 * mark, soft hyphens). A zero-width non-joiner or joiner is kept between two letters of a script that
	 * needs it (Persian and Kurdish names in Arabic script, Indic scripts), never in Latin, Cyrillic or Greek,
	 * where it only hides a difference.
	 */
	public static boolean isUnsafeName(String name) {
		if (name == null) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogateAt(name, i)) {
				return true;
			}
			if (Character.getType(c) == Character.FORMAT && !(isJoiner(c) && joinsLetters(name, i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean validSurrogateAt(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

	private static boolean isJoiner(char c) {
		return c == '\u200C' || c == '\u200D';
	}

	private static boolean joinsLetters(String name, int i) {
		if (i == 0 || i == name.length() - 1) {
			return false;
		}
		int before = name.codePointBefore(i);
		int after = name.codePointAt(i + 1);
		if (!Character.isLetter(before) || !Character.isLetter(after)) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(before);
		return script == Character.UnicodeScript.of(after) && switch (script) {
			case LATIN, CYRILLIC, GREEK, COMMON, INHERITED -> false;
			default -> true;
		};
	}

}
