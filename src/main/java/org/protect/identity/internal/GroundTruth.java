package org.protect.identity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.protect.identity.PersonRecord;

/**
 * The true entity of a benchmark record, read from its id: FEBRL's {@code rec-N-org} and
 * {@code rec-N-dup-k} share N; in the 2007 FEBRL series an integer id R belongs to entity
 * floor(R / 10).
 */
public final class GroundTruth {

	private static final Pattern FEBRL = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");

	private static final Pattern INTEGER = Pattern.compile("\\d+");

	private static final int CACHE_LIMIT = 2_000_000;

	private static final Map<String, String> ENTITIES = new ConcurrentHashMap<>();

	private GroundTruth() {
	}

	/** The entity key of an id, or an empty string when the id carries no ground truth. */
	public static String entity(String id) {
		String entity = ENTITIES.get(id);
		if (entity == null) {
			entity = parse(id);
			if (ENTITIES.size() < CACHE_LIMIT) {
				ENTITIES.put(id, entity);
			}
		}
		return entity;
	}

	private static String parse(String id) {
		Matcher febrl = FEBRL.matcher(id);
		if (febrl.matches()) {
			return febrl.group(1);
		}
		if (INTEGER.matcher(id).matches()) {
			return Long.toString(Long.parseLong(id) / 10);
		}
		return "";
	}

	public static boolean known(List<PersonRecord> records) {
		return !records.isEmpty() && records.stream().allMatch(r -> !entity(r.id()).isEmpty());
	}

	public static boolean samePerson(String a, String b) {
		String x = entity(a);
		return !x.isEmpty() && x.equals(entity(b));
	}

	/** Number of true pairs: across the lists when linking, within the list when right is null. */
	public static long truePairs(List<PersonRecord> left, List<PersonRecord> right) {
		Map<String, Long> leftCounts = counts(left);
		if (right == null) {
			return leftCounts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
		}
		Map<String, Long> rightCounts = counts(right);
		long pairs = 0;
		for (Map.Entry<String, Long> entry : leftCounts.entrySet()) {
			pairs += entry.getValue() * rightCounts.getOrDefault(entry.getKey(), 0L);
		}
		return pairs;
	}

	private static Map<String, Long> counts(List<PersonRecord> records) {
		Map<String, Long> counts = new HashMap<>();
		for (PersonRecord record : records) {
			counts.merge(entity(record.id()), 1L, Long::sum);
		}
		return counts;
	}

}
