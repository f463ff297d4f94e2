package org.protect.identity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each name (canonical key) and each sound key occurs among the records being matched.
 * Two strangers share a common name far more often than a rare one, so the u-probability of an
 * exact or transliterated name agreement is taken from these shares (Winkler's frequency-based
 * adjustment of Fellegi–Sunter) instead of one figure for all names.
 */
public final class NameFrequencies {

	public static final NameFrequencies NONE = new NameFrequencies(Map.of(), Map.of(), 0);

	// Shares counted on a handful of records say nothing about a name's frequency (two records of
	// one child make the name "half of all names"): below this many names the configured u holds.
	private static final int MIN_NAMES = 1000;

	private final Map<String, Integer> canonical;

	private final Map<String, Integer> sound;

	private final int names;

	private NameFrequencies(Map<String, Integer> canonical, Map<String, Integer> sound, int names) {
		this.canonical = canonical;
		this.sound = sound;
		this.names = names;
	}

	/** Counts over both lists (one list when deduplicating: pass the same list twice). */
	public static NameFrequencies of(List<PreparedPerson> left, List<PreparedPerson> right) {
		Map<String, Integer> canonical = new HashMap<>();
		Map<String, Integer> sound = new HashMap<>();
		int names = count(left, canonical, sound);
		if (right != left) {
			names += count(right, canonical, sound);
		}
		return names < MIN_NAMES ? NONE : new NameFrequencies(canonical, sound, names);
	}

	public boolean isEmpty() {
		return names == 0;
	}

	/** Share of all names with this canonical key. */
	public double canonicalShare(String key) {
		return share(canonical, key);
	}

	/** Share of all names with this sound key. */
	public double soundShare(String key) {
		return share(sound, key);
	}

	private double share(Map<String, Integer> counts, String key) {
		return names == 0 ? 0 : counts.getOrDefault(key, 0) / (double) names;
	}

	private static int count(List<PreparedPerson> records, Map<String, Integer> canonical, Map<String, Integer> sound) {
		int names = 0;
		for (PreparedPerson p : records) {
			for (PreparedName name : List.of(p.given(), p.surname())) {
				if (!name.isEmpty()) {
					canonical.merge(name.canonical(), 1, Integer::sum);
					sound.merge(name.sound(), 1, Integer::sum);
					names++;
				}
			}
		}
		return names;
	}

}
