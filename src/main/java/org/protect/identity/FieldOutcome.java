package org.protect.identity;

import java.util.Locale;

/**
 * How one field compared in a pair.
 *
 * @param field the field's name, such as {@code surname}
 * @param level the agreement level, such as {@code exact}, {@code phonetic}, {@code disagree}
 * @param weight its contribution to the score (log2 of the likelihood ratio)
 */
public record FieldOutcome(String field, String level, double weight) {

	@Override
	public String toString() {
		return field + "=" + level + "(" + String.format(Locale.ROOT, "%+.1f", weight) + ")";
	}

}
