package org.protect.monitoring;

import java.util.List;

/**
 * The local reference standards per country and condition. Anyone signed in reads them (they hold no personal
 * data); supervisors and administrators write them, and every change is audited.
 */
public interface ReferenceStandards {

	/** The standards of a country, in the order of the conditions; conditions without one are left out. */
	List<ReferenceStandard> of(String country);

	/** The countries that have at least one standard. */
	List<String> countries();

	/** Whether the signed-in user may write standards. */
	boolean mayEdit();

	ReferenceStandard save(String country, Condition condition, SaveReferenceStandardCommand command);

}
