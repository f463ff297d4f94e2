package org.protect.identity.internal;

import java.util.List;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * A name with everything the comparison needs computed once per record: ASCII and canonical
 * forms, bigrams, Double Metaphone codes, the consonant skeleton and the sound key.
 */
public record PreparedName(List<NameToken> tokens, String folded, String canonical, int[] bigrams,
		String metaphone, String metaphoneAlternate, String skeleton, String sound, boolean transliterated) {

	static final PreparedName EMPTY = new PreparedName(List.of(), "", "", new int[0], "", "", "", "", false);

	private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

	static PreparedName of(List<NameToken> tokens) {
		if (tokens.isEmpty()) {
			return EMPTY;
		}
		StringBuilder folded = new StringBuilder();
		StringBuilder canonical = new StringBuilder();
		StringBuilder sound = new StringBuilder();
		boolean transliterated = false;
		for (NameToken token : tokens) {
			folded.append(token.folded());
			canonical.append(token.canonical());
			sound.append(token.sound());
			transliterated |= token.transliterated();
		}
		String canon = canonical.toString();
		return new PreparedName(tokens, folded.toString(), canon, Similarity.bigrams(folded.toString()),
				DOUBLE_METAPHONE.doubleMetaphone(canon), DOUBLE_METAPHONE.doubleMetaphone(canon, true),
				Similarity.consonantSkeleton(canon), sound.toString(), transliterated);
	}

	public boolean isEmpty() {
		return tokens.isEmpty();
	}

	public boolean soundsLike(PreparedName other) {
		if (isEmpty() || other.isEmpty()) {
			return false;
		}
		return metaphone.equals(other.metaphone) || metaphone.equals(other.metaphoneAlternate)
				|| metaphoneAlternate.equals(other.metaphone) || skeleton.equals(other.skeleton);
	}

}
