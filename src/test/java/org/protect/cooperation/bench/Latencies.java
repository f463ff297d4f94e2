package org.protect.cooperation.bench;

import java.util.Arrays;

/**
 * Latency samples in microseconds and their nearest-rank percentiles, printed in milliseconds.
 */
record Latencies(long[] sorted) {

	static Latencies of(long[] micros) {
		long[] copy = micros.clone();
		Arrays.sort(copy);
		return new Latencies(copy);
	}

	int count() {
		return sorted.length;
	}

	double percentileMillis(int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
	}

	double maxMillis() {
		return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1000.0;
	}

	double meanMillis() {
		return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1000.0;
	}

	static String header() {
		return "%-46s %7s %9s %9s %9s %9s".formatted("", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
	}

	String row(String label) {
		return "%-46s %7d %9.1f %9.1f %9.1f %9.1f".formatted(label, count(), percentileMillis(50), percentileMillis(95),
				percentileMillis(99), maxMillis());
	}

}
