package org.protect.cases;

/** Where an age assessment stands. */
public enum AgeAssessmentStatus {

	/** Requested or under way: the child is presumed a minor meanwhile. */
	PENDING,

	/** A result is recorded (it can still be appealed). */
	COMPLETED

}
