package org.protect.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <li>sound keys (consonant classes) of both names, in either order (transliterations);</li>
 * <li>sorted neighbourhood over canonical name strings (typos that change phonetic codes).</li>
 * </ul>
 */
public final class Blocking {

	private static final int WINDOW = 6;

	// A key shared by more records than this says little (a very common name in one year) and
	// would make the comparison quadratic again; such blocks are left to the other keys.
	private static final int MAX_BLOCK = 400;

	private Blocking() {
	}

	/** Candidate pairs between two lists, as {@link PairSet#pair(int, int)} of their indexes. */
	public static PairSet link(List<PreparedPerson> left, List<PreparedPerson> right) {
		PairSet pairs = new PairSet();
		Map<String, List<Integer>> leftBlocks = blocks(left);
		Map<String, List<Integer>> rightBlocks = blocks(right);
		for (Map.Entry<String, List<Integer>> block : leftBlocks.entrySet()) {
			List<Integer> others = rightBlocks.get(block.getKey());
			if (others == null || block.getValue().size() > MAX_BLOCK || others.size() > MAX_BLOCK) {
				continue;
			}
			for (int i : block.getValue()) {
				for (int j : others) {
					pairs.add(PairSet.pair(i, j));
				}
			}
		}
		sortedNeighbourhood(left, right, pairs);
		return pairs;
	}

	/** Candidate pairs within one list, each once with the lower index first. */
	public static PairSet deduplicate(List<PreparedPerson> records) {
		PairSet pairs = new PairSet();
		for (List<Integer> block : blocks(records).values()) {
			if (block.size() > MAX_BLOCK) {
				continue;
			}
			for (int x = 0; x < block.size(); x++) {
				for (int y = x + 1; y < block.size(); y++) {
					addOrdered(pairs, block.get(x), block.get(y));
				}
			}
		}
		sortedNeighbourhood(records, null, pairs);
		return pairs;
	}

	static List<String> keys(PreparedPerson p) {
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

	private static Map<String, List<Integer>> blocks(List<PreparedPerson> records) {
		Map<String, List<Integer>> blocks = new HashMap<>(records.size() * 8);
		for (int i = 0; i < records.size(); i++) {
			for (String key : keys(records.get(i))) {
				List<Integer> members = blocks.computeIfAbsent(key, k -> new ArrayList<>(2));
				if (members.isEmpty() || members.get(members.size() - 1) != i) {
					members.add(i);
				}
			}
		}
		return blocks;
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
