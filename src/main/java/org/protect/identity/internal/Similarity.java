package org.protect.identity.internal;

import java.util.Arrays;

/**
 * String similarities used per name part. Written out rather than taken from Commons Text
 * because a link compares hundreds of thousands of pairs and these allocate almost nothing.
 */
public final class Similarity {

	private Similarity() {
	}

	/** Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4), 1 for equal strings. */
	public static double jaroWinkler(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		int la = a.length();
		int lb = b.length();
		if (la == 0 || lb == 0) {
			return 0.0;
		}
		if (la > 64 || lb > 64) {
			return jaroWinklerLong(a, b);
		}
		// Matched positions as bit masks: names and street names fit in 64 characters, and
		// this runs for every candidate pair, so it must not allocate.
		int window = Math.max(0, Math.max(la, lb) / 2 - 1);
		long matchedA = 0;
		long matchedB = 0;
		int matches = 0;
		for (int i = 0; i < la; i++) {
			char c = a.charAt(i);
			int to = Math.min(lb - 1, i + window);
			for (int j = Math.max(0, i - window); j <= to; j++) {
				if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
					matchedA |= 1L << i;
					matchedB |= 1L << j;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = 0;
		long restB = matchedB;
		long restA = matchedA;
		while (restA != 0) {
			int i = Long.numberOfTrailingZeros(restA);
			int j = Long.numberOfTrailingZeros(restB);
			if (a.charAt(i) != b.charAt(j)) {
				transpositions++;
			}
			restA &= restA - 1;
			restB &= restB - 1;
		}
		return winkler(a, b, matches, transpositions);
	}

	private static double jaroWinklerLong(String a, String b) {
		int la = a.length();
		int lb = b.length();
		int window = Math.max(0, Math.max(la, lb) / 2 - 1);
		boolean[] matchedA = new boolean[la];
		boolean[] matchedB = new boolean[lb];
		int matches = 0;
		for (int i = 0; i < la; i++) {
			int to = Math.min(lb - 1, i + window);
			for (int j = Math.max(0, i - window); j <= to; j++) {
				if (!matchedB[j] && b.charAt(j) == a.charAt(i)) {
					matchedA[i] = true;
					matchedB[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = 0;
		int k = 0;
		for (int i = 0; i < la; i++) {
			if (matchedA[i]) {
				while (!matchedB[k]) {
					k++;
				}
				if (a.charAt(i) != b.charAt(k)) {
					transpositions++;
				}
				k++;
			}
		}
		return winkler(a, b, matches, transpositions);
	}

	private static double winkler(String a, String b, int matches, int transpositions) {
		double m = matches;
		double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
		int prefix = 0;
		int maxPrefix = Math.min(4, Math.min(a.length(), b.length()));
		while (prefix < maxPrefix && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1.0 - jaro);
	}

	/** Sorted codes of the padded bigrams of a string, for {@link #qgramDice}. */
	public static int[] bigrams(String s) {
		if (s.isEmpty()) {
			return new int[0];
		}
		String padded = "^" + s + "$";
		int[] codes = new int[padded.length() - 1];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = (padded.charAt(i) << 16) | padded.charAt(i + 1);
		}
		Arrays.sort(codes);
		return codes;
	}

	/** Dice coefficient of two sorted bigram multisets. */
	public static double qgramDice(int[] a, int[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0.0;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return 2.0 * common / (a.length + b.length);
	}

	/**
	 * Whether two strings differ by at most one substitution, insertion, deletion or swap of
	 * neighbours: the typing errors that corrupt digits of dates and postcodes.
	 */
	public static boolean withinOneEdit(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int i = 0;
		while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == la && i == lb) {
			return true;
		}
		if (la == lb) {
			if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
				return true;
			}
			return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.regionMatches(i + 2, b, i + 2, la - i - 2);
		}
		return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
	}

	/** Letters without vowels and doubled letters: how names written without short vowels compare. */
	public static String consonantSkeleton(String s) {
		StringBuilder out = new StringBuilder(s.length());
		char last = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ("aeiouy' ".indexOf(c) >= 0 || c == last) {
				continue;
			}
			out.append(c);
			last = c;
		}
		return out.toString();
	}

	/**
	 * Consonant classes of a name (labials, sibilants and velars, dentals, l, nasals, r), vowels
	 * and the letters that stand for vowels or breath in transliteration (w, y, h) left out,
	 * repeats merged. Arabic script writes no short vowels and its romanisations disagree on
	 * them; Cyrillic х is "kh" in one system and "h" in another: this key survives both.
	 */
	public static String soundKey(String s) {
		StringBuilder out = new StringBuilder(s.length());
		char last = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = switch (s.charAt(i)) {
				case 'b', 'f', 'p', 'v' -> '1';
				case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
				case 'd', 't' -> '3';
				case 'l' -> '4';
				case 'm', 'n' -> '5';
				case 'r' -> '6';
				default -> 0;
			};
			if (s.startsWith("kh", i)) {
				i++;
				continue;
			}
			if (c != 0 && c != last) {
				out.append(c);
				last = c;
			}
		}
		return out.toString();
	}

}
