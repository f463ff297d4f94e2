package org.protect.identity.internal;

/**
 * One part of a name: its ASCII form, the canonical key shared by its variant spellings, whether
 * it was transliterated from another script, and its sound key (consonant classes, see
 * {@link Similarity#soundKey(String)}).
 */
public record NameToken(String folded, String canonical, boolean transliterated, String sound) {

	public NameToken(String folded, String canonical) {
		this(folded, canonical, false, Similarity.soundKey(folded));
	}

}
