package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.protect.identity.internal.Dice;

class ClkTests {

	private static final byte[] SECRET = "a secret shared by two partner nodes".getBytes(StandardCharsets.UTF_8);

	private final ClkEncoder encoder = new ClkEncoder(SECRET);

	private final PersonRecord child = PersonRecord.of("lv-1", "Сергій", "Коваленко", "20110304");

	@Test
	void encodesARecordAsA1024BitFilter() {
		Clk clk = encoder.encode(child);

		assertThat(clk.bits()).hasSize(ClkEncoder.WORDS);
		assertThat(clk.popcount()).isBetween(50, 600);
		assertThat(clk.id()).isEqualTo("lv-1");
	}

	@Test
	void encodesTheSameFactsToTheSameBits() {
		assertThat(encoder.encode(child).bits()).isEqualTo(new ClkEncoder(SECRET).encode(child).bits());
	}

	@Test
	void encodesDifferentlyUnderAnotherSecret() {
		ClkEncoder other = new ClkEncoder("another secret, another partnership".getBytes(StandardCharsets.UTF_8));

		assertThat(other.encode(child).bits()).isNotEqualTo(encoder.encode(child).bits());
	}

	@Test
	void refusesAShortSecret() {
		assertThatThrownBy(() -> new ClkEncoder(new byte[8])).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void encodesAScriptAndItsRomanisationAlike() {
		Clk cyrillic = encoder.encode(child);
		Clk latin = encoder.encode(PersonRecord.of("lt-7", "Serhii", "Kovalenko", "20110304"));
		Clk stranger = encoder.encode(PersonRecord.of("x", "Jonas", "Lind", "20080101"));

		assertThat(dice(cyrillic, latin)).isGreaterThan(0.95);
		assertThat(dice(cyrillic, stranger)).isLessThan(0.5);
	}

	@Test
	void computesDiceOfIdenticalFiltersAsOne() {
		Clk clk = encoder.encode(child);

		assertThat(dice(clk, clk)).isEqualTo(1.0);
	}

	@Test
	void prunesOnlyPairsThatCannotReachTheThreshold() {
		Random random = new Random(6);
		List<Clk> left = randomClks(random, 300, "l");
		List<Clk> right = randomClks(random, 300, "r");
		double threshold = 0.6;

		List<ClkMatch> pruned = new PrivacyPreservingMatcher(threshold).link(left, right);

		List<ClkMatch> all = new ArrayList<>();
		for (Clk a : left) {
			for (Clk b : right) {
				if (dice(a, b) >= threshold) {
					all.add(new ClkMatch(a.id(), b.id(), dice(a, b)));
				}
			}
		}
		Comparator<ClkMatch> order = Comparator.comparing(ClkMatch::leftId).thenComparing(ClkMatch::rightId);
		assertThat(pruned).isNotEmpty();
		assertThat(pruned.stream().sorted(order).toList()).isEqualTo(all.stream().sorted(order).toList());
	}

	@Test
	void comparesFewerPairsThanAllWhenPopcountsDiffer() {
		Random random = new Random(7);
		PrivacyPreservingMatcher matcher = new PrivacyPreservingMatcher(0.8);

		matcher.link(randomClks(random, 200, "l"), randomClks(random, 200, "r"));

		assertThat(matcher.comparisons()).isLessThan(200 * 200);
	}

	@Test
	void deduplicatesEachPairOnce() {
		Clk a = encoder.encode(child);
		Clk b = encoder.encode(PersonRecord.of("lt-7", "Serhii", "Kovalenko", "20110304"));

		List<ClkMatch> matches = new PrivacyPreservingMatcher(0.9).deduplicate(List.of(a, b));

		assertThat(matches).extracting(ClkMatch::leftId, ClkMatch::rightId)
				.containsExactly(tuple("lv-1", "lt-7"));
	}

	@Test
	void keepsEachRecordInOnePairWhenAskedForOneToOne() {
		List<ClkMatch> matches = List.of(new ClkMatch("a", "x", 0.95), new ClkMatch("a", "y", 0.9),
				new ClkMatch("b", "x", 0.85), new ClkMatch("b", "y", 0.8));

		assertThat(PrivacyPreservingMatcher.oneToOne(matches)).extracting(ClkMatch::leftId, ClkMatch::rightId)
				.containsExactly(tuple("a", "x"),
						tuple("b", "y"));
	}

	private static double dice(Clk a, Clk b) {
		return Dice.dice(Dice.intersection(a.bits(), 0, b.bits(), 0, ClkEncoder.WORDS), a.popcount(), b.popcount());
	}

	// Filters of very different densities, so that popcount pruning has something to prune.
	private static List<Clk> randomClks(Random random, int count, String prefix) {
		List<Clk> clks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long[] bits = new long[ClkEncoder.WORDS];
			double density = 0.1 + random.nextDouble() * 0.6;
			for (int bit = 0; bit < ClkEncoder.BITS; bit++) {
				if (random.nextDouble() < density) {
					bits[bit >>> 6] |= 1L << (bit & 63);
				}
			}
			clks.add(Clk.of(prefix + i, bits));
		}
		return clks;
	}

}
