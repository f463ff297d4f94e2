package org.protect.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.protect.identity.BirthDate;

/**
 * Chooses the pairs worth comparing. Several cheap keys, each tolerant to a different kind of
 * error, are unioned: a true pair is lost only when every key is broken at once.
 *
 * <ul>
 * <li>phonetic code or sound key of surname or given name + birth year (each year an uncertain
 * date allows);</li>
 * <li>phonetic given name + phonetic surname, in either order (uncertain or missing dates);</li>
 * <li>the birth date digits;</li>
 * <li>postcode + street number, postcode + phonetic surname or given name;</li>
 * <li>street number + street, street or locality + town (address lines in either order);</li>
 * <li>consonant skeletons of surname + first letter of the given name (scripts without vowels);</li>
 * <li>sound keys (consonant classes) of both names, in either order (transliterations), and,
 * when some names were transliterated, the whole sound key of either name;</li>
 * <li>sorted neighbourhood over canonical name strings (typos that change phonetic codes).</li>
 * </ul>
 */
public final class Blocking {

	private static final int WINDOW = 6;

	// A key shared by more records than this says little (a very common name in one year) and
	// would make the comparison quadratic again; such blocks are left to the other keys. The
	// limit shrinks with the square root of the input, so that the pairs a block may add stay in
	// proportion to the records (400 up to 10,000 records, 28 at two million).
	private static final int MAX_BLOCK = 400;

	private static final int MIN_BLOCK = 20;

	private static final long SIDE = 1L << 23;

	private static final int MAX_INDEX = (1 << 23) - 1;

	private Blocking() {
	}

	/** Candidate pairs between two lists, as {@link PairSet#pair(int, int)} of their indexes. */
	public static PairSet link(List<PreparedPerson> left, List<PreparedPerson> right) {
		PairSet pairs = new PairSet();
		long[] entries = entries(left, right);
		int maxBlock = maxBlock(left.size() + right.size());
		int start = 0;
		while (start < entries.length) {
			int end = runEnd(entries, start);
			int firstRight = start;
			while (firstRight < end && (entries[firstRight] & SIDE) == 0) {
				firstRight++;
			}
			if (firstRight - start <= maxBlock && end - firstRight <= maxBlock) {
				for (int x = start; x < firstRight; x++) {
					for (int y = firstRight; y < end; y++) {
						pairs.add(PairSet.pair(index(entries[x]), index(entries[y])));
					}
				}
			}
			start = end;
		}
		sortedNeighbourhood(left, right, pairs);
		return pairs;
	}

	/** Candidate pairs within one list, each once with the lower index first. */
	public static PairSet deduplicate(List<PreparedPerson> records) {
		PairSet pairs = new PairSet();
		long[] entries = entries(records, null);
		int maxBlock = maxBlock(records.size());
		int start = 0;
		while (start < entries.length) {
			int end = runEnd(entries, start);
			if (end - start <= maxBlock) {
				for (int x = start; x < end; x++) {
					for (int y = x + 1; y < end; y++) {
						addOrdered(pairs, index(entries[x]), index(entries[y]));
					}
				}
			}
			start = end;
		}
		sortedNeighbourhood(records, null, pairs);
		return pairs;
	}

	static int maxBlock(int records) {
		if (records <= 10_000) {
			return MAX_BLOCK;
		}
		return Math.max(MIN_BLOCK, (int) (MAX_BLOCK * Math.sqrt(10_000.0 / records)));
	}

	// Every (key, record) becomes one long: 40 bits of the key's hash, a side bit and 23 bits of
	// record index. Sorting them groups each block together, left records before right ones; a
	// hash collision between two keys only adds candidate pairs, it never loses one.
	private static long[] entries(List<PreparedPerson> left, List<PreparedPerson> right) {
		int total = left.size() + (right == null ? 0 : right.size());
		if (left.size() > MAX_INDEX || right != null && right.size() > MAX_INDEX) {
			throw new IllegalArgumentException("blocking handles at most " + MAX_INDEX + " records a side");
		}
		boolean scripts = anyTransliterated(left) || right != null && anyTransliterated(right);
		long[] entries = new long[total * 16];
		int n = 0;
		for (int side = 0; side < (right == null ? 1 : 2); side++) {
			List<PreparedPerson> records = side == 0 ? left : right;
			for (int i = 0; i < records.size(); i++) {
				for (String key : keys(records.get(i), scripts)) {
					if (n == entries.length) {
						entries = Arrays.copyOf(entries, entries.length * 2);
					}
					entries[n++] = (hash(key) & ~((1L << 24) - 1)) | ((long) side << 23) | i;
				}
			}
		}
		entries = Arrays.copyOf(entries, n);
		if (n > 1 << 20) {
			Arrays.parallelSort(entries);
		}
		else {
			Arrays.sort(entries);
		}
		return unique(entries);
	}

	// One record can give the same key twice (a metaphone equal to its alternate).
	private static long[] unique(long[] sorted) {
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (n == 0 || sorted[i] != sorted[n - 1]) {
				sorted[n++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, n);
	}

	private static int runEnd(long[] entries, int start) {
		long block = entries[start] >>> 24;
		int end = start + 1;
		while (end < entries.length && entries[end] >>> 24 == block) {
			end++;
		}
		return end;
	}

	private static int index(long entry) {
		return (int) (entry & MAX_INDEX);
	}

	// FNV-1a over the key's characters, 64 bits.
	private static long hash(String key) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			h ^= key.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}

	private static boolean anyTransliterated(List<PreparedPerson> records) {
		return records.stream().anyMatch(p -> p.given().transliterated() || p.surname().transliterated());
	}

	static List<String> keys(PreparedPerson p, boolean scripts) {
		List<String> keys = new ArrayList<>(12);
		PreparedName given = p.given();
		PreparedName surname = p.surname();
		for (int year : possibleYears(p)) {
			addIf(keys, !surname.isEmpty(), "a" + surname.metaphone() + year);
			addIf(keys, !given.isEmpty(), "b" + given.metaphone() + year);
			addIf(keys, !surname.isEmpty(), "a" + surname.metaphoneAlternate() + year);
			addIf(keys, !given.isEmpty(), "b" + given.metaphoneAlternate() + year);
			addIf(keys, surname.sound().length() >= 3, "t" + surname.sound() + year);
			addIf(keys, given.sound().length() >= 3, "u" + given.sound() + year);
		}
		if (!given.isEmpty() && !surname.isEmpty()) {
			String x = given.metaphone();
			String y = surname.metaphone();
			keys.add("c" + (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x));
			keys.add("s" + surname.skeleton() + "|" + given.canonical().charAt(0));
			String x3 = prefix(given.sound(), 3);
			String y3 = prefix(surname.sound(), 3);
			keys.add("k" + (x3.compareTo(y3) < 0 ? x3 + "|" + y3 : y3 + "|" + x3));
			keys.add("s" + given.skeleton() + "|" + surname.canonical().charAt(0));
		}
		if (scripts) {
			// Only when some names were transliterated: the whole sound key of either name alone
			// catches pairs whose other name was romanised beyond recognition.
			addIf(keys, surname.sound().length() >= 4, "m" + surname.sound());
			addIf(keys, given.sound().length() >= 4, "m" + given.sound());
		}
		if (p.birthDate() != null && p.birthDate().text().length() >= 6) {
			keys.add("d" + p.birthDate().text());
		}
		if (!p.street().isEmpty()) {
			addIf(keys, !p.streetNumber().isEmpty(), "h" + p.streetNumber() + "|" + prefix(p.street(), 6));
			addIf(keys, !p.town().isEmpty(), "i" + prefix(p.street(), 8) + "|" + prefix(p.town(), 4));
			addIf(keys, !p.locality().isEmpty(), "i" + prefix(p.locality(), 8) + "|" + prefix(p.town(), 4));
		}
		if (!p.postcode().isEmpty()) {
			addIf(keys, !p.streetNumber().isEmpty(), "e" + p.postcode() + "|" + p.streetNumber());
			addIf(keys, !surname.isEmpty(), "f" + p.postcode() + "|" + surname.metaphone());
			addIf(keys, !given.isEmpty(), "g" + p.postcode() + "|" + given.metaphone());
		}
		return keys;
	}

	private static void sortedNeighbourhood(List<PreparedPerson> left, List<PreparedPerson> right, PairSet pairs) {
		window(left, right, pairs, p -> p.surname().canonical() + " " + p.given().canonical());
		window(left, right, pairs, p -> p.given().canonical() + " " + p.surname().canonical());
	}

	private static void window(List<PreparedPerson> left, List<PreparedPerson> right, PairSet pairs,
			Function<PreparedPerson, String> sortKey) {
		record Entry(String key, int index, boolean fromRight) {
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < left.size(); i++) {
			entries.add(new Entry(sortKey.apply(left.get(i)), i, false));
		}
		if (right != null) {
			for (int j = 0; j < right.size(); j++) {
				entries.add(new Entry(sortKey.apply(right.get(j)), j, true));
			}
		}
		entries.sort(Comparator.comparing(Entry::key));
		for (int x = 0; x < entries.size(); x++) {
			Entry a = entries.get(x);
			for (int y = x + 1; y < Math.min(entries.size(), x + WINDOW); y++) {
				Entry b = entries.get(y);
				if (right == null) {
					addOrdered(pairs, a.index(), b.index());
				}
				else if (a.fromRight() != b.fromRight()) {
					pairs.add(a.fromRight() ? PairSet.pair(b.index(), a.index()) : PairSet.pair(a.index(), b.index()));
				}
			}
		}
	}

	private static void addOrdered(PairSet pairs, int i, int j) {
		if (i != j) {
			pairs.add(i < j ? PairSet.pair(i, j) : PairSet.pair(j, i));
		}
	}

	// An estimated age or a range of up to three years blocks under each year it allows.
	private static int[] possibleYears(PreparedPerson p) {
		BirthDate date = p.birthDate();
		if (date == null) {
			return new int[0];
		}
		if (date.year() > 0) {
			return new int[] { date.year() };
		}
		if (!date.hasRange()) {
			return new int[0];
		}
		int first = LocalDate.ofEpochDay(date.earliest()).getYear();
		int last = LocalDate.ofEpochDay(date.latest()).getYear();
		if (last - first > 3) {
			return new int[0];
		}
		int[] years = new int[last - first + 1];
		for (int i = 0; i < years.length; i++) {
			years[i] = first + i;
		}
		return years;
	}

	private static String prefix(String value, int length) {
		return value.length() <= length ? value : value.substring(0, length);
	}

	private static void addIf(List<String> keys, boolean condition, String key) {
		if (condition) {
			keys.add(key);
		}
	}

}
