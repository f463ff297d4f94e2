package org.protect.identity;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.protect.identity.internal.GroundTruth;
import org.protect.identity.internal.RecordCsv;
import org.protect.identity.internal.ScoringModel;

/**
 * {@code protect linkage --left A.csv [--right B.csv] [--pprl] [--threshold X] [--one-to-one]
 * [--out pairs.csv]}: links two files or deduplicates one, writes the pairs found and, when the
 * record ids carry FEBRL ground truth, measures the result. Runs before Spring starts, so it
 * costs a JVM start and no more.
 */
public final class LinkageCommand {

	static final String USAGE = """
			usage: linkage --left A.csv [--right B.csv] [--pprl] [--threshold X] [--one-to-one] [--out pairs.csv]
			  --left A.csv     records in FEBRL layout (rec_id, given_name, surname, ..., date_of_birth)
			  --right B.csv    a second file to link with; without it A is deduplicated
			  --pprl           compare CLK Bloom-filter encodings only (secret made for this run)
			  --threshold X    score (bits) or, with --pprl, Dice coefficient from which a pair matches
			                   (default from identity/matching.properties)
			  --one-to-one     keep each record in at most one pair, best first (two registers
			                   without duplicates); uses the one-to-one thresholds
			  --out pairs.csv  write the pairs found""";

	private LinkageCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the command and returns the process exit code. */
	public static int run(String... args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException wrong) {
			err.println("linkage: " + wrong.getMessage());
			err.println(USAGE);
			return 2;
		}
		long started = System.nanoTime();
		try {
			List<PersonRecord> left = RecordCsv.read(options.left);
			List<PersonRecord> right = options.right == null ? null : RecordCsv.read(options.right);
			Outcome outcome = options.pprl ? privacyPreserving(options, left, right) : plaintext(options, left, right);
			if (options.out != null) {
				write(options.out, outcome.pairs);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			report(out, left, right, outcome, seconds);
			return 0;
		}
		catch (IOException | RuntimeException failed) {
			err.println("linkage: " + failed.getMessage());
			return 1;
		}
	}

	private static Outcome plaintext(Options options, List<PersonRecord> left, List<PersonRecord> right) {
		IdentityMatcher matcher = IdentityMatcher.withDefaults();
		if (options.threshold != null) {
			matcher = matcher.withLikelyThreshold(options.threshold);
		}
		else if (options.oneToOne) {
			matcher = matcher.withLikelyThreshold(ScoringModel.bundled().oneToOneThreshold());
		}
		LinkageResult result = right == null ? matcher.deduplicate(left) : matcher.link(left, right);
		if (options.oneToOne) {
			result = result.oneToOne();
		}
		// Explanations are formatted only when written: for thousands of pairs that is most of
		// the reporting time.
		boolean explain = options.out != null;
		List<String[]> pairs = result.atLeast(matcher.likelyThreshold()).stream()
				.map(m -> new String[] { m.leftId(), m.rightId(), explain ? format(m.score()) : "",
						explain ? m.explanation().toString() : "" })
				.toList();
		long kept = result.candidatePairsWhere(GroundTruth::samePerson);
		return new Outcome(pairs, result.candidatePairs(), kept, "score >= " + format(matcher.likelyThreshold()));
	}

	private static Outcome privacyPreserving(Options options, List<PersonRecord> left, List<PersonRecord> right) {
		ScoringModel model = ScoringModel.bundled();
		double threshold = options.threshold != null ? options.threshold
				: options.oneToOne ? model.pprlOneToOneThreshold() : model.pprlLikelyThreshold();
		// Both files are encoded in this process, so a fresh random secret plays the partners'
		// shared one; the comparison below sees only the encodings.
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		ClkEncoder encoder = new ClkEncoder(secret);
		List<Clk> a = encoder.encodeAll(left);
		List<Clk> b = right == null ? a : encoder.encodeAll(right);
		PrivacyPreservingMatcher matcher = new PrivacyPreservingMatcher(threshold);
		List<ClkMatch> matches = right == null ? matcher.deduplicate(a) : matcher.link(a, b);
		if (options.oneToOne) {
			matches = PrivacyPreservingMatcher.oneToOne(matches);
		}
		List<String[]> pairs = matches.stream()
				.map(m -> new String[] { m.leftId(), m.rightId(), format(m.dice()), "dice" }).toList();
		return new Outcome(pairs, matcher.comparisons(), truePairsNotPruned(matcher, a, right == null ? null : b),
				"dice >= " + format(threshold));
	}

	private static long truePairsNotPruned(PrivacyPreservingMatcher matcher, List<Clk> left, List<Clk> right) {
		if (!left.stream().allMatch(c -> !GroundTruth.entity(c.id()).isEmpty())) {
			return 0;
		}
		Map<String, List<Clk>> byEntity = new HashMap<>();
		for (Clk clk : right == null ? left : right) {
			byEntity.computeIfAbsent(GroundTruth.entity(clk.id()), e -> new ArrayList<>()).add(clk);
		}
		long kept = 0;
		for (Clk a : left) {
			for (Clk b : byEntity.getOrDefault(GroundTruth.entity(a.id()), List.of())) {
				boolean counted = right != null || a.id().compareTo(b.id()) < 0;
				if (counted && matcher.mayMatch(a, b)) {
					kept++;
				}
			}
		}
		return kept;
	}

	private static void report(PrintStream out, List<PersonRecord> left, List<PersonRecord> right, Outcome outcome,
			double seconds) {
		out.printf(Locale.ROOT, "records left=%d right=%d%n", left.size(), right == null ? 0 : right.size());
		out.printf(Locale.ROOT, "pairs found=%d (%s)%n", outcome.pairs.size(), outcome.rule);
		boolean truth = GroundTruth.known(left) && (right == null || GroundTruth.known(right));
		if (!truth) {
			out.printf(Locale.ROOT, "candidate pairs=%d%n", outcome.candidatePairs);
			out.printf(Locale.ROOT, "pairs=%d seconds=%.3f%n", outcome.pairs.size(), seconds);
			return;
		}
		long truePairs = GroundTruth.truePairs(left, right);
		long truePositives = outcome.pairs.stream().filter(p -> GroundTruth.samePerson(p[0], p[1])).count();
		double precision = outcome.pairs.isEmpty() ? 1.0 : (double) truePositives / outcome.pairs.size();
		double recall = truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		double completeness = truePairs == 0 ? 1.0 : (double) outcome.truePairsKept / truePairs;
		out.printf(Locale.ROOT, "true pairs=%d true positives=%d false positives=%d false negatives=%d%n", truePairs,
				truePositives, outcome.pairs.size() - truePositives, truePairs - truePositives);
		out.printf(Locale.ROOT, "candidate pairs=%d pairs completeness=%.4f%n", outcome.candidatePairs, completeness);
		out.printf(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f pairs=%d seconds=%.3f%n", precision, recall, f1,
				outcome.candidatePairs, seconds);
	}

	private static void write(Path file, List<String[]> pairs) throws IOException {
		try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			writer.println("left_id,right_id,score,explanation");
			for (String[] pair : pairs) {
				writer.println(String.join(",", pair[0], pair[1], pair[2], "\"" + pair[3] + "\""));
			}
		}
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private record Outcome(List<String[]> pairs, long candidatePairs, long truePairsKept, String rule) {
	}

	private static final class Options {

		Path left;

		Path right;

		Path out;

		boolean pprl;

		boolean oneToOne;

		Double threshold;

		static Options parse(String[] args) {
			Options options = new Options();
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--left" -> options.left = existing(value(args, ++i, "--left"));
					case "--right" -> options.right = existing(value(args, ++i, "--right"));
					case "--out" -> options.out = Path.of(value(args, ++i, "--out"));
					case "--pprl" -> options.pprl = true;
					case "--one-to-one" -> options.oneToOne = true;
					case "--threshold" -> options.threshold = number(value(args, ++i, "--threshold"));
					default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
			if (options.left == null) {
				throw new IllegalArgumentException("--left is required");
			}
			if (options.pprl && options.threshold != null && (options.threshold <= 0 || options.threshold > 1)) {
				throw new IllegalArgumentException("with --pprl the threshold is a Dice coefficient in (0, 1]");
			}
			return options;
		}

		private static String value(String[] args, int i, String name) {
			if (i >= args.length || args[i].startsWith("--")) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			return args[i];
		}

		private static Path existing(String file) {
			Path path = Path.of(file);
			if (!Files.isReadable(path)) {
				throw new IllegalArgumentException("cannot read " + file);
			}
			return path;
		}

		private static double number(String text) {
			try {
				return Double.parseDouble(text);
			}
			catch (NumberFormatException notANumber) {
				throw new IllegalArgumentException("--threshold needs a number, got " + text);
			}
		}

	}

}
