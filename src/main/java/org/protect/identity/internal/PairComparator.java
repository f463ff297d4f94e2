package org.protect.identity.internal;

import java.util.List;

import org.protect.identity.BirthDate;
import org.protect.identity.FieldOutcome;

/**
 * Compares two prepared records field by field and adds up the Fellegi–Sunter weights of the
 * agreement levels found. With an outcome list it also records each field's level and weight.
 */
public final class PairComparator {

	private static final double JW_HIGH = 0.94;

	private static final double JW_MEDIUM = 0.88;

	private static final double JW_LOW = 0.80;

	private final ScoringModel model;

	private final BeiderMorseCodes beiderMorse = new BeiderMorseCodes();

	public PairComparator(ScoringModel model) {
		this.model = model;
	}

	public ScoringModel model() {
		return model;
	}

	/** The score of a pair; when {@code outcomes} is not null, each field's outcome is added to it. */
	public double score(PreparedPerson a, PreparedPerson b, List<FieldOutcome> outcomes, boolean[] swapped) {
		String givenLevel = nameLevel(a.given(), b.given());
		String surnameLevel = nameLevel(a.surname(), b.surname());
		double straight = model.weight("given", givenLevel) + model.weight("surname", surnameLevel);
		boolean crosswise = false;
		if (!"exact".equals(givenLevel) || !"exact".equals(surnameLevel)) {
			String crossGiven = nameLevel(a.given(), b.surname());
			String crossSurname = nameLevel(a.surname(), b.given());
			double cross = model.weight("given", crossGiven) + model.weight("surname", crossSurname)
					- model.swapPenalty();
			if (cross > straight) {
				straight = cross;
				givenLevel = crossGiven;
				surnameLevel = crossSurname;
				crosswise = true;
			}
		}
		double score = straight;
		if (outcomes != null) {
			outcomes.add(new FieldOutcome("given_name", givenLevel, model.weight("given", givenLevel)));
			outcomes.add(new FieldOutcome("surname", surnameLevel, model.weight("surname", surnameLevel)));
			if (crosswise) {
				outcomes.add(new FieldOutcome("name_order", "swapped", -model.swapPenalty()));
			}
		}
		if (swapped != null) {
			swapped[0] = crosswise;
		}
		score += birthDate(a.birthDate(), b.birthDate(), outcomes);
		score += exact("sex", a.sex(), b.sex(), outcomes);
		score += exact("nationality", a.nationality(), b.nationality(), outcomes);
		score += exact("street_number", a.streetNumber(), b.streetNumber(), outcomes);
		score += text("street", a.street(), b.street(), outcomes);
		score += text("locality", a.locality(), b.locality(), outcomes);
		score += text("town", a.town(), b.town(), outcomes);
		score += postcode(a.postcode(), b.postcode(), outcomes);
		score += exact("region", a.region(), b.region(), outcomes);
		return score;
	}

	/** The agreement level of two names: exact, high, medium, phonetic, low, disagree or missing. */
	public String nameLevel(PreparedName a, PreparedName b) {
		if (a.isEmpty() || b.isEmpty()) {
			return "missing";
		}
		if (a.folded().equals(b.folded()) || a.canonical().equals(b.canonical())) {
			return "exact";
		}
		double similarity = Math.max(Similarity.jaroWinkler(a.folded(), b.folded()),
				Similarity.jaroWinkler(a.canonical(), b.canonical()));
		if (a.tokens().size() > 1 || b.tokens().size() > 1) {
			similarity = Math.max(similarity, bestTokenSimilarity(a, b));
		}
		if (similarity >= JW_HIGH) {
			return "high";
		}
		if (similarity >= JW_MEDIUM) {
			return "medium";
		}
		if (a.soundsLike(b) || beiderMorse.agree(a.canonical(), b.canonical())) {
			return "phonetic";
		}
		if (similarity >= JW_LOW || Similarity.qgramDice(a.bigrams(), b.bigrams()) >= 0.6) {
			return "low";
		}
		return "disagree";
	}

	// One name part agreeing (a second given name left out, a double surname shortened) is strong
	// but not full evidence: scaled so that it cannot reach "high" on its own.
	private static double bestTokenSimilarity(PreparedName a, PreparedName b) {
		double best = 0;
		for (NameToken x : a.tokens()) {
			for (NameToken y : b.tokens()) {
				if (x.canonical().equals(y.canonical())) {
					best = Math.max(best, 1.0);
				}
				else {
					best = Math.max(best, Similarity.jaroWinkler(x.folded(), y.folded()));
				}
			}
		}
		return best * 0.93;
	}

	private double birthDate(BirthDate a, BirthDate b, List<FieldOutcome> outcomes) {
		String level;
		double weight;
		if (a == null || b == null) {
			level = "missing";
			weight = 0;
		}
		else if (a.text().equals(b.text()) && (a.isExact() || !a.hasRange())) {
			level = "exact";
			weight = model.weight("birth", level);
		}
		else if (a.isExact() && b.isExact() && a.hasRange() && b.hasRange()) {
			level = exactDatesLevel(a, b);
			weight = model.weight("birth", level);
		}
		else if (a.hasRange() && b.hasRange()) {
			boolean overlap = a.earliest() <= b.latest() && b.earliest() <= a.latest();
			level = overlap ? "compatible" : "disagree";
			weight = overlap ? model.compatibleBirthWeight(Math.max(a.widthDays(), b.widthDays()))
					: model.weight("birth", level);
		}
		else {
			level = corruptedDatesLevel(a, b);
			weight = model.weight("birth", level);
		}
		if (outcomes != null) {
			outcomes.add(new FieldOutcome("birth_date", level, weight));
		}
		return weight;
	}

	private static String exactDatesLevel(BirthDate a, BirthDate b) {
		if (a.year() == b.year() && a.month() == b.day() && a.day() == b.month()) {
			return "swapped";
		}
		if (Similarity.withinOneEdit(a.text(), b.text())) {
			return "typo";
		}
		int same = (a.year() == b.year() ? 1 : 0) + (a.month() == b.month() ? 1 : 0) + (a.day() == b.day() ? 1 : 0);
		return same >= 2 ? "partial" : "disagree";
	}

	// A date whose digits do not form a calendar day was mistyped: compare the digits.
	private static String corruptedDatesLevel(BirthDate a, BirthDate b) {
		if (a.text().length() >= 6 && b.text().length() >= 6 && Similarity.withinOneEdit(a.text(), b.text())) {
			return "typo";
		}
		return "disagree";
	}

	private double exact(String field, String a, String b, List<FieldOutcome> outcomes) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		String level = a.equals(b) ? "exact" : "disagree";
		return record(field, level, outcomes);
	}

	private double text(String field, String a, String b, List<FieldOutcome> outcomes) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		String level;
		if (a.equals(b)) {
			level = "exact";
		}
		else {
			level = Similarity.jaroWinkler(a, b) >= 0.90 ? "high" : "disagree";
		}
		return record(field, level, outcomes);
	}

	private double postcode(String a, String b, List<FieldOutcome> outcomes) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		String level = a.equals(b) ? "exact" : Similarity.withinOneEdit(a, b) ? "typo" : "disagree";
		return record("postcode", level, outcomes);
	}

	private double record(String field, String level, List<FieldOutcome> outcomes) {
		double weight = model.weight(field, level);
		if (outcomes != null) {
			outcomes.add(new FieldOutcome(field, level, weight));
		}
		return weight;
	}

}
