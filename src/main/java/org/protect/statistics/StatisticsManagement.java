package org.protect.statistics;

/**
 * Anonymised indicators for policy, for analysts. Pages and API call the same method; its permission check
 * is on it, and every computation is audited with its period and country.
 */
public interface StatisticsManagement {

	/** The figures of the query, suppressed; for {@code ANALYST}s only. */
	Dashboard dashboard(StatisticsQuery query);

}
