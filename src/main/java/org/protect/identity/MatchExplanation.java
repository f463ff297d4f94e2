package org.protect.identity;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a pair got its score: every field's agreement level and weight, and whether the given
 * name and surname matched only crosswise (written in the other order).
 */
public record MatchExplanation(List<FieldOutcome> fields, boolean namesSwapped) {

	public MatchExplanation {
		fields = List.copyOf(fields);
	}

	public List<FieldOutcome> agreeing() {
		return fields.stream().filter(f -> f.weight() > 0).toList();
	}

	public List<FieldOutcome> disagreeing() {
		return fields.stream().filter(f -> f.weight() < 0).toList();
	}

	@Override
	public String toString() {
		String text = fields.stream().map(FieldOutcome::toString).collect(Collectors.joining(" "));
		return namesSwapped ? text + " names-swapped" : text;
	}

}
