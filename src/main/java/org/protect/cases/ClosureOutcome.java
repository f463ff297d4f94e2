package org.protect.cases;

/** How a case ends. */
public enum ClosureOutcome {

	/** The durable solution is reached and confirmed. */
	DURABLE_SOLUTION_REACHED,

	/** The case is handed over to another country's authority, which now protects the child. */
	HANDED_OVER_TO_ANOTHER_COUNTRY

}
