package org.protect.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How long a step took, in whole days: the quartiles of the children (or requests) who reached it. The
 * quartiles are the values of the 25th, 50th (median) and 75th percentile children, as observed (nearest
 * rank, PostgreSQL's {@code percentile_disc}); they are shown only when at least 5 reached the step, so that
 * no single child's time can be read off.
 *
 * @param measure the step: for children {@code GUARDIAN_APPOINTED}, {@code BID}, {@code DURABLE_SOLUTION};
 *        for requests the request type
 * @param reached how many reached the step, or {@code null} where the number is not published (requests: it
 *        would reveal a count withheld in the deadline table)
 * @param lowerQuartile days at the 25th percentile, or {@code null} when withheld
 * @param median days at the 50th percentile, or {@code null} when withheld
 * @param upperQuartile days at the 75th percentile, or {@code null} when withheld
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timing(String measure, Count reached, Integer lowerQuartile, Integer median, Integer upperQuartile) {

	/** The quartiles are shown. */
	public boolean shown() {
		return median != null;
	}

}
