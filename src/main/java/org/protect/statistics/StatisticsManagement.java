package org.protect.statistics;

/**
 * Anonymised indicators for policy, for analysts. Pages and API call the same methods; the permission check
 * is on them, and every computation is audited with its period and country.
 */
public interface StatisticsManagement {

	/** The figures of the query, suppressed; for {@code ANALYST}s only; audited as {@code STATISTICS_READ}. */
	Dashboard dashboard(StatisticsQuery query);

	/**
	 * The same figures for a download; audited as {@code STATISTICS_EXPORTED} with the format.
	 *
	 * @param format what the caller makes of them ({@code csv}, {@code xlsx}), for the audit log
	 */
	Dashboard export(StatisticsQuery query, String format);

}
