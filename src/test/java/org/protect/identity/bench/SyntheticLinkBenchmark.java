package org.protect.identity.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.protect.identity.Address;
import org.protect.identity.BirthDate;
import org.protect.identity.IdentityMatcher;
import org.protect.identity.LinkageResult;
import org.protect.identity.MatchResult;
import org.protect.identity.PersonRecord;
import org.protect.identity.internal.GroundTruth;

/**
 * Links N synthetic people against N corrupted copies of them (default 1,000,000 a side) and
 * prints the time and quality. A single timed run, not a JMH benchmark: at this size one run
 * takes minutes and the JIT is warm after the first seconds.
 *
 * <p>People are made up: given names and surnames drawn from generated syllables, birth dates
 * in 2000-2019, addresses from generated street and town names. Each copy gets, independently,
 * a typo in a name (30 %), a mistyped date digit (10 %), a year-only date (10 %), a missing
 * given name (5 %), a new address (10 %), swapped name parts (5 %).
 *
 * <p>Run: {@code java -Xmx12g -cp target/test-classes:target/classes:$(cat target/test.classpath)
 * org.protect.identity.bench.SyntheticLinkBenchmark [N]}
 */
public final class SyntheticLinkBenchmark {

	private static final String[] SYLLABLES = { "ka", "ri", "mo", "la", "se", "na", "to", "vi", "da", "lu", "ne",
			"ha", "zi", "ro", "mi", "sa", "el", "an", "or", "us", "ba", "ge", "fi", "jo", "ke", "pa", "tu", "wa", "ya",
			"ch", "sh", "th" };

	private static final String[] STREET_KINDS = { "street", "road", "place", "avenue", "crescent", "lane" };

	private final Random random = new Random(20261129L);

	private final List<String> names = new ArrayList<>();

	private final List<String> streets = new ArrayList<>();

	private final List<String> towns = new ArrayList<>();

	private SyntheticLinkBenchmark() {
		for (int i = 0; i < 40_000; i++) {
			names.add(word(2 + random.nextInt(3)));
		}
		for (int i = 0; i < 20_000; i++) {
			streets.add(word(2 + random.nextInt(3)) + " " + STREET_KINDS[random.nextInt(STREET_KINDS.length)]);
		}
		for (int i = 0; i < 2_000; i++) {
			towns.add(word(2 + random.nextInt(3)));
		}
	}

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		SyntheticLinkBenchmark generator = new SyntheticLinkBenchmark();
		List<PersonRecord> left = new ArrayList<>(n);
		List<PersonRecord> right = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			PersonRecord person = generator.person(i);
			left.add(person);
			right.add(generator.corrupted(person, i));
		}
		System.out.printf(Locale.ROOT, "generated %,d x %,d records%n", n, n);
		long started = System.nanoTime();
		IdentityMatcher matcher = IdentityMatcher.withDefaults();
		LinkageResult result = matcher.link(left, right).oneToOne();
		double seconds = (System.nanoTime() - started) / 1e9;
		List<MatchResult> found = result.atLeast(matcher.likelyThreshold());
		long truePositives = found.stream().filter(m -> GroundTruth.samePerson(m.leftId(), m.rightId())).count();
		System.out.printf(Locale.ROOT, "candidate pairs=%,d found=%,d true positives=%,d%n", result.candidatePairs(),
				found.size(), truePositives);
		System.out.printf(Locale.ROOT, "precision=%.4f recall=%.4f pairs=%d seconds=%.1f%n",
				(double) truePositives / Math.max(1, found.size()), (double) truePositives / n,
				result.candidatePairs(), seconds);
	}

	private PersonRecord person(int i) {
		String town = towns.get(random.nextInt(towns.size()));
		String postcode = String.format(Locale.ROOT, "%04d", Math.floorMod(town.hashCode(), 9000) + 1000);
		Address address = new Address(Integer.toString(1 + random.nextInt(200)),
				streets.get(random.nextInt(streets.size())), null, town, postcode, null);
		String date = String.format(Locale.ROOT, "%d%02d%02d", 2000 + random.nextInt(20), 1 + random.nextInt(12),
				1 + random.nextInt(28));
		return new PersonRecord("rec-" + i + "-org", pick(names), pick(names), BirthDate.parse(date), null, null,
				address);
	}

	private PersonRecord corrupted(PersonRecord person, int i) {
		String given = person.givenName();
		String surname = person.surname();
		if (random.nextDouble() < 0.30) {
			if (random.nextBoolean()) {
				given = typo(given);
			}
			else {
				surname = typo(surname);
			}
		}
		if (random.nextDouble() < 0.05) {
			given = null;
		}
		if (random.nextDouble() < 0.05) {
			String swap = given;
			given = surname;
			surname = swap;
		}
		String date = person.birthDate().text();
		if (random.nextDouble() < 0.10) {
			date = date.substring(0, 4) + typoDigit(date.substring(4));
		}
		if (random.nextDouble() < 0.10) {
			date = date.substring(0, 4);
		}
		Address address = person.address();
		if (random.nextDouble() < 0.10) {
			address = person(i).address();
		}
		return new PersonRecord("rec-" + i + "-dup-0", given, surname, BirthDate.parse(date), null, null, address);
	}

	private String typo(String word) {
		if (word == null || word.length() < 3) {
			return word;
		}
		int at = 1 + random.nextInt(word.length() - 1);
		return word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
	}

	private String typoDigit(String digits) {
		int at = random.nextInt(digits.length());
		return digits.substring(0, at) + random.nextInt(10) + digits.substring(at + 1);
	}

	private String word(int syllables) {
		StringBuilder word = new StringBuilder();
		for (int s = 0; s < syllables; s++) {
			word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	private String pick(List<String> from) {
		return from.get(random.nextInt(from.size()));
	}

}
