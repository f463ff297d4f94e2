package org.protect.identity.internal;

import java.util.List;

import org.protect.identity.BirthDate;
import org.protect.identity.FieldOutcome;

/**
 * Compares two prepared records field by field and adds up the Fellegi–Sunter weights of the
 * agreement levels found. With an outcome list it also records each field's level and weight.
 * A missing value on either side is neutral: absence is not evidence against a match.
 */
public final class PairComparator {

	private static final double JW_HIGH = 0.94;

	private static final double JW_MEDIUM = 0.88;

	private static final double JW_LOW = 0.80;

	private static final double JW_BEIDER_MORSE = 0.70;

	private static final double JW_TEXT = 0.90;

	private final ScoringModel model;

	private final BeiderMorseCodes beiderMorse;

	private final NameFrequencies frequencies;

	public PairComparator(ScoringModel model) {
		this(model, NameFrequencies.NONE, new BeiderMorseCodes());
	}

	private PairComparator(ScoringModel model, NameFrequencies frequencies, BeiderMorseCodes beiderMorse) {
		this.model = model;
		this.frequencies = frequencies;
		this.beiderMorse = beiderMorse;
	}

	/**
	 * The same comparison for one set of records: a model measured on them (see
	 * {@link ScoringModel#withBirthSpan}) and their name frequencies.
	 */
	public PairComparator forRecords(ScoringModel measured, NameFrequencies names) {
		return new PairComparator(measured, names, beiderMorse);
	}

	public ScoringModel model() {
		return model;
	}

	/** The score of a pair; when {@code outcomes} is not null, each field's outcome is added to it. */
	public double score(PreparedPerson a, PreparedPerson b, List<FieldOutcome> outcomes, boolean[] swapped) {
		Level givenLevel = nameLevel(a.given(), b.given());
		Level surnameLevel = nameLevel(a.surname(), b.surname());
		double givenWeight = nameWeight(Field.GIVEN, givenLevel, a.given());
		double surnameWeight = nameWeight(Field.SURNAME, surnameLevel, a.surname());
		boolean crosswise = false;
		if ((givenLevel != Level.EXACT || surnameLevel != Level.EXACT) && mayBeSwapped(a, b)) {
			Level crossGiven = nameLevel(a.given(), b.surname());
			Level crossSurname = nameLevel(a.surname(), b.given());
			double crossGivenWeight = nameWeight(Field.GIVEN, crossGiven, a.given());
			double crossSurnameWeight = nameWeight(Field.SURNAME, crossSurname, a.surname());
			if (crossGivenWeight + crossSurnameWeight - model.swapPenalty() > givenWeight + surnameWeight) {
				givenLevel = crossGiven;
				surnameLevel = crossSurname;
				givenWeight = crossGivenWeight;
				surnameWeight = crossSurnameWeight;
				crosswise = true;
			}
		}
		double names = givenWeight + surnameWeight - (crosswise ? model.swapPenalty() : 0);
		if (outcomes != null) {
			add(outcomes, Field.GIVEN, givenLevel, givenWeight);
			add(outcomes, Field.SURNAME, surnameLevel, surnameWeight);
			if (crosswise) {
				add(outcomes, Field.NAME_ORDER, Level.SWAPPED, -model.swapPenalty());
			}
		}
		if (swapped != null) {
			swapped[0] = crosswise;
		}
		double score = names + birthDate(a.birthDate(), b.birthDate(), outcomes);
		score += exact(Field.SEX, a.sex(), b.sex(), outcomes);
		score += exact(Field.NATIONALITY, a.nationality(), b.nationality(), outcomes);
		score += exact(Field.STREET_NUMBER, a.streetNumber(), b.streetNumber(), outcomes);
		score += streetAndLocality(a, b, outcomes);
		score += text(Field.TOWN, a.town(), b.town(), outcomes);
		score += postcode(a.postcode(), b.postcode(), outcomes);
		score += exact(Field.REGION, a.region(), b.region(), outcomes);
		return score;
	}

	// An exact or transliterated agreement on a rare name is stronger evidence than on a common
	// one: its u is the name's share among the records, when they are known.
	private double nameWeight(Field field, Level level, PreparedName name) {
		if (frequencies.isEmpty()) {
			return model.weight(field, level);
		}
		return switch (level) {
			case EXACT -> model.weight(field, level, frequencies.canonicalShare(name.canonical()));
			case TRANSLITERATED -> model.weight(field, level, frequencies.soundShare(name.sound()));
			default -> model.weight(field, level);
		};
	}

	// Names written in the other order nearly always keep their first letters; testing them first
	// spares two name comparisons for almost every pair.
	private static boolean mayBeSwapped(PreparedPerson a, PreparedPerson b) {
		return initialsMeet(a.given(), b.surname()) || initialsMeet(a.surname(), b.given());
	}

	private static boolean initialsMeet(PreparedName x, PreparedName y) {
		return !x.isEmpty() && !y.isEmpty() && (x.folded().charAt(0) == y.folded().charAt(0)
				|| x.canonical().charAt(0) == y.canonical().charAt(0));
	}

	/**
	 * The agreement level of two names: exact, high, medium, transliterated, phonetic, low, disagree
	 * or missing. Between a transliterated and a Latin name the similarity levels have their own
	 * weights: there a phonetic agreement is common for one person and rare for two (strangers'
	 * names in two alphabets seldom look alike), and a disagreement is weaker evidence, the two
	 * sides having been spelt by different hands.
	 */
	public Level nameLevel(PreparedName a, PreparedName b) {
		Level level = sameScriptLevel(a, b);
		if (a.transliterated() == b.transliterated()) {
			return level;
		}
		return switch (level) {
			case HIGH -> Level.SCRIPT_HIGH;
			case MEDIUM -> Level.SCRIPT_MEDIUM;
			case PHONETIC -> Level.SCRIPT_PHONETIC;
			case LOW -> Level.SCRIPT_LOW;
			case DISAGREE -> Level.SCRIPT_DISAGREE;
			default -> level;
		};
	}

	private Level sameScriptLevel(PreparedName a, PreparedName b) {
		if (a.isEmpty() || b.isEmpty()) {
			return Level.MISSING;
		}
		if (a.folded().equals(b.folded()) || a.canonical().equals(b.canonical())) {
			return Level.EXACT;
		}
		double similarity = Similarity.jaroWinkler(a.folded(), b.folded());
		if (!a.canonical().equals(a.folded()) || !b.canonical().equals(b.folded())) {
			similarity = Math.max(similarity, Similarity.jaroWinkler(a.canonical(), b.canonical()));
		}
		if (a.tokens().size() > 1 || b.tokens().size() > 1) {
			similarity = Math.max(similarity, bestTokenSimilarity(a, b));
		}
		if (similarity >= JW_HIGH) {
			return Level.HIGH;
		}
		if (similarity >= JW_MEDIUM) {
			return Level.MEDIUM;
		}
		boolean crossScript = a.transliterated() != b.transliterated();
		boolean sameSound = crossScript && a.sound().length() >= 3
				&& a.sound().equals(b.sound());
		if (sameSound && a.sound().length() >= 4) {
			return Level.TRANSLITERATED;
		}
		// Between a name transliterated from another script and one written in Latin, vowels and
		// letters such as h, w, y are the romaniser's guess, the consonants are not: the same
		// consonant classes count, as a level of their own when there are at least four (fewer are
		// shared by too many names). Beider–Morse, built for spellings of one name across
		// languages, is asked only there (its rules take a second to load and run; Latin-only data
		// is served by Double Metaphone), and only about names that already look somewhat alike; it then
		// catches spellings of one sound that Jaro–Winkler scores low.
		if (sameSound || a.soundsLike(b) || crossScript && similarity >= JW_BEIDER_MORSE
				&& beiderMorse.agree(a.canonical(), b.canonical())) {
			return Level.PHONETIC;
		}
		if (similarity >= JW_LOW || Similarity.qgramDice(a.bigrams(), b.bigrams()) >= 0.6) {
			return Level.LOW;
		}
		return Level.DISAGREE;
	}

	// One name part agreeing (a second given name left out, a double surname shortened) is strong
	// but not full evidence: scaled so that it cannot reach "high" on its own.
	private static double bestTokenSimilarity(PreparedName a, PreparedName b) {
		double best = 0;
		for (NameToken x : a.tokens()) {
			for (NameToken y : b.tokens()) {
				double similarity = x.canonical().equals(y.canonical()) ? 1.0
						: Similarity.jaroWinkler(x.folded(), y.folded());
				best = Math.max(best, similarity);
			}
		}
		return best * 0.93;
	}

	private double birthDate(BirthDate a, BirthDate b, List<FieldOutcome> outcomes) {
		if (a == null || b == null) {
			return 0;
		}
		Level level;
		double weight;
		if (a.text().equals(b.text()) && (a.isExact() || !a.hasRange())) {
			level = Level.EXACT;
			weight = model.weight(Field.BIRTH, level);
		}
		else if (a.isExact() && b.isExact() && a.hasRange() && b.hasRange()) {
			level = exactDatesLevel(a, b);
			weight = model.weight(Field.BIRTH, level);
		}
		else if (a.hasRange() && b.hasRange()) {
			boolean overlap = a.earliest() <= b.latest() && b.earliest() <= a.latest();
			level = overlap ? Level.COMPATIBLE : Level.DISAGREE;
			weight = overlap ? model.compatibleBirthWeight(Math.max(a.widthDays(), b.widthDays()))
					: model.weight(Field.BIRTH, level);
		}
		else {
			level = corruptedDatesLevel(a, b);
			weight = model.weight(Field.BIRTH, level);
		}
		if (outcomes != null) {
			add(outcomes, Field.BIRTH, level, weight);
		}
		return weight;
	}

	private static Level exactDatesLevel(BirthDate a, BirthDate b) {
		if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
			return Level.SWAPPED;
		}
		if (Similarity.withinOneEdit(a.text(), b.text())) {
			return Level.TYPO;
		}
		int same = (a.year() == b.year() ? 1 : 0) + (a.month() == b.month() ? 1 : 0) + (a.day() == b.day() ? 1 : 0);
		return same >= 2 ? Level.PARTIAL : Level.DISAGREE;
	}

	// A date whose digits do not form a calendar day was mistyped: compare the digits.
	private static Level corruptedDatesLevel(BirthDate a, BirthDate b) {
		if (a.text().length() >= 6 && b.text().length() >= 6 && Similarity.withinOneEdit(a.text(), b.text())) {
			return Level.TYPO;
		}
		return Level.DISAGREE;
	}

	private double exact(Field field, String a, String b, List<FieldOutcome> outcomes) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		return record(field, a.equals(b) ? Level.EXACT : Level.DISAGREE, outcomes);
	}

	private double text(Field field, String a, String b, List<FieldOutcome> outcomes) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Level level = a.equals(b) ? Level.EXACT
				: Similarity.jaroWinkler(a, b) >= JW_TEXT ? Level.HIGH : Level.DISAGREE;
		return record(field, level, outcomes);
	}

	// The two address lines are often written in the other order ("Cherry Place, Pinecroft" and
	// "Pinecroft, Cherry Place"): take the better of both readings.
	private double streetAndLocality(PreparedPerson a, PreparedPerson b, List<FieldOutcome> outcomes) {
		double straight = text(Field.STREET, a.street(), b.street(), null)
				+ text(Field.LOCALITY, a.locality(), b.locality(), null);
		if (!sameInitial(a.street(), b.locality()) && !sameInitial(a.locality(), b.street())) {
			// Lines written in the other order keep their first letters; without that, the crossed
			// reading cannot win and its two comparisons are spared.
			text(Field.STREET, a.street(), b.street(), outcomes);
			text(Field.LOCALITY, a.locality(), b.locality(), outcomes);
			return straight;
		}
		double crossed = text(Field.STREET, a.street(), b.locality(), null)
				+ text(Field.LOCALITY, a.locality(), b.street(), null);
		if (crossed > straight) {
			text(Field.STREET, a.street(), b.locality(), outcomes);
			text(Field.LOCALITY, a.locality(), b.street(), outcomes);
			return crossed;
		}
		text(Field.STREET, a.street(), b.street(), outcomes);
		text(Field.LOCALITY, a.locality(), b.locality(), outcomes);
		return straight;
	}

	private static boolean sameInitial(String a, String b) {
		return !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
	}

	private double postcode(String a, String b, List<FieldOutcome> outcomes) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Level level = a.equals(b) ? Level.EXACT : Similarity.withinOneEdit(a, b) ? Level.TYPO : Level.DISAGREE;
		return record(Field.POSTCODE, level, outcomes);
	}

	private double record(Field field, Level level, List<FieldOutcome> outcomes) {
		double weight = model.weight(field, level);
		if (outcomes != null) {
			add(outcomes, field, level, weight);
		}
		return weight;
	}

	private static void add(List<FieldOutcome> outcomes, Field field, Level level, double weight) {
		outcomes.add(new FieldOutcome(field.label, level.label(), weight));
	}

}
