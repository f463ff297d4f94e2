package org.protect.identity.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.protect.identity.ClkEncoder;
import org.protect.identity.internal.Dice;

/**
 * Dice comparisons of 1024-bit CLKs on one core, without pruning: every pair of a 256 x 4096
 * block is compared against a threshold, as {@code PrivacyPreservingMatcher} does for pairs that
 * popcount pruning lets through. Filters have the density of real encodings (about 40 % of bits
 * set). The score is pairs per second.
 *
 * <p>Run: {@code mvn -o test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath) org.protect.identity.bench.DiceBenchmark}
 * (see docs/identity.md for making {@code target/test.classpath}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiceBenchmark {

	private static final int LEFT = 256;

	private static final int RIGHT = 4096;

	private static final double THRESHOLD = 0.72;

	private long[] left;

	private long[] right;

	private int[] leftPopcounts;

	private int[] rightPopcounts;

	@Setup
	public void encode() {
		Random random = new Random(42);
		left = filters(random, LEFT);
		right = filters(random, RIGHT);
		leftPopcounts = popcounts(left, LEFT);
		rightPopcounts = popcounts(right, RIGHT);
	}

	@Benchmark
	@OperationsPerInvocation(LEFT * RIGHT)
	public int dicePairs() {
		int matches = 0;
		for (int i = 0; i < LEFT; i++) {
			int[] least = Dice.leastIntersections(leftPopcounts[i], THRESHOLD, ClkEncoder.BITS);
			for (int j = 0; j < RIGHT; j++) {
				if (Dice.intersection1024(left, i, right, j) >= least[rightPopcounts[j]]) {
					matches++;
				}
			}
		}
		return matches;
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(DiceBenchmark.class.getSimpleName()).build()).run();
	}

	private static long[] filters(Random random, int count) {
		long[] bits = new long[count * ClkEncoder.WORDS];
		for (int n = 0; n < bits.length; n++) {
			bits[n] = random.nextLong() & random.nextLong() | random.nextLong() & random.nextLong() & random.nextLong();
		}
		return bits;
	}

	private static int[] popcounts(long[] bits, int count) {
		int[] popcounts = new int[count];
		for (int i = 0; i < count; i++) {
			for (int w = 0; w < ClkEncoder.WORDS; w++) {
				popcounts[i] += Long.bitCount(bits[i * ClkEncoder.WORDS + w]);
			}
		}
		return popcounts;
	}

}
