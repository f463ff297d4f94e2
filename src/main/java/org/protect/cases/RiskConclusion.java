package org.protect.cases;

/** What the risk and safety assessment concluded about a return or transfer to the destination. */
public enum RiskConclusion {

	/** The destination was assessed and the risks do not stand against a return. */
	FOR_RETURN,

	/** The destination was assessed and the risks stand against a return. */
	AGAINST_RETURN,

	/** The assessment did not consider a return (for example because only integration was considered). */
	NOT_APPLICABLE

}
