package org.protect.cases;

/** A caseworker's decision about a possible existing record of the same child. */
public enum MatchDecision {

	/** The two cases are about the same child: they are linked (never merged). */
	CONFIRMED,

	/** They are not: the pair is not offered again. */
	DISMISSED

}
