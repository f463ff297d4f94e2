package org.protect.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.protect.identity.internal.BirthYears;
import org.protect.identity.internal.Blocking;
import org.protect.identity.internal.NameFrequencies;
import org.protect.identity.internal.NameNormaliser;
import org.protect.identity.internal.NameVariantDictionary;
import org.protect.identity.internal.PairComparator;
import org.protect.identity.internal.PairSet;
import org.protect.identity.internal.PreparedPerson;
import org.protect.identity.internal.ScoringModel;

/**
 * Finds records about the same person: compares one pair with an explanation, links two lists
 * or deduplicates one. Plain Java, no Spring context needed, thread-safe.
 */
public final class IdentityMatcher {

	// Below these sizes a second thread costs more than it saves: on two cores the JIT compiler
	// needs the other one while a short run warms up (FEBRL4 ran 2.6 s in parallel, 2.1 s not).
	private static final int PARALLEL_PAIRS = 1_000_000;

	private static final int PARALLEL_RECORDS = 100_000;

	private final NameNormaliser normaliser;

	private final PairComparator comparator;

	private final double likely;

	private final double possible;

	private IdentityMatcher(NameNormaliser normaliser, PairComparator comparator, double likely, double possible) {
		this.normaliser = normaliser;
		this.comparator = comparator;
		this.likely = likely;
		this.possible = possible;
	}

	/** The matcher with the bundled name dictionary and the model of {@code identity/matching.properties}. */
	public static IdentityMatcher withDefaults() {
		ScoringModel model = ScoringModel.bundled();
		return new IdentityMatcher(new NameNormaliser(NameVariantDictionary.bundled()), new PairComparator(model),
				model.likelyThreshold(), model.possibleThreshold());
	}

	/** The same matcher with another score from which a pair counts as "likely". */
	public IdentityMatcher withLikelyThreshold(double threshold) {
		return new IdentityMatcher(normaliser, comparator, threshold, Math.min(possible, threshold));
	}

	public double likelyThreshold() {
		return likely;
	}

	public double possibleThreshold() {
		return possible;
	}

	/** Scores one pair and explains the score. */
	public MatchResult compare(PersonRecord left, PersonRecord right) {
		return explain(prepare(left), prepare(right));
	}

	/**
	 * The records of a register that may be about the same person as a new record, best first,
	 * each with its class and explanation: what a caseworker sees at registration.
	 */
	public List<MatchResult> possibleMatches(PersonRecord probe, List<PersonRecord> register) {
		return link(List.of(probe), register).matches();
	}

	/** Pairs between two lists scored at least "possible", best first. */
	public LinkageResult link(List<PersonRecord> left, List<PersonRecord> right) {
		List<PreparedPerson> a = prepareAll(left);
		List<PreparedPerson> b = prepareAll(right);
		return score(Blocking.link(a, b).toSortedArray(), a, b);
	}

	/** Pairs within one list scored at least "possible", best first. */
	public LinkageResult deduplicate(List<PersonRecord> records) {
		List<PreparedPerson> all = prepareAll(records);
		return score(Blocking.deduplicate(all).toSortedArray(), all, all);
	}

	private LinkageResult score(long[] pairs, List<PreparedPerson> left, List<PreparedPerson> right) {
		PairComparator comparator = this.comparator.forRecords(
				this.comparator.model().withBirthSpan(BirthYears.span(left, right)), NameFrequencies.of(left, right));
		double[] scores = new double[pairs.length];
		IntStream range = IntStream.range(0, pairs.length);
		(pairs.length >= PARALLEL_PAIRS ? range.parallel() : range).forEach(n -> scores[n] = comparator
				.score(left.get(PairSet.left(pairs[n])), right.get(PairSet.right(pairs[n])), null, null));
		List<MatchResult> matches = new ArrayList<>();
		for (int n = 0; n < pairs.length; n++) {
			if (scores[n] >= possible) {
				matches.add(explain(comparator, left.get(PairSet.left(pairs[n])), right.get(PairSet.right(pairs[n]))));
			}
		}
		matches.sort(Comparator.comparingDouble(MatchResult::score).reversed());
		return new LinkageResult(matches, pairs, left.stream().map(PreparedPerson::id).toList(),
				right.stream().map(PreparedPerson::id).toList());
	}

	private MatchResult explain(PreparedPerson a, PreparedPerson b) {
		return explain(comparator, a, b);
	}

	private MatchResult explain(PairComparator comparator, PreparedPerson a, PreparedPerson b) {
		List<FieldOutcome> outcomes = new ArrayList<>(12);
		boolean[] swapped = new boolean[1];
		double score = comparator.score(a, b, outcomes, swapped);
		MatchClass matchClass = score >= likely ? MatchClass.LIKELY
				: score >= possible ? MatchClass.POSSIBLE : MatchClass.UNLIKELY;
		return new MatchResult(a.id(), b.id(), score, matchClass, new MatchExplanation(outcomes, swapped[0]));
	}

	private PreparedPerson prepare(PersonRecord record) {
		return PreparedPerson.of(record, normaliser);
	}

	private List<PreparedPerson> prepareAll(List<PersonRecord> records) {
		return (records.size() >= PARALLEL_RECORDS ? records.parallelStream() : records.stream()).map(this::prepare)
				.toList();
	}

}
