package org.protect.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The anonymised indicators for policy over the children identified in a period (a cohort: every figure
 * about children follows the children identified between {@code from} and {@code to}, whenever their later
 * steps happened), and the cross-border requests sent or received in it. Every count is suppressed as
 * {@link Count} says; nothing in it names or describes one child. The figures about children for one country
 * are its row of tables suppressed over every country at once, whose column totals are the figures for all
 * countries, so that subtracting one answer from the other gives no count under 5 away; a country whose number
 * is withheld among all countries has its figures withheld whole.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param country the country of origin the figures are limited to, or {@code null} for all
 * @param figuresAsOf when the figures were computed from the cases
 * @param threshold counts below it (and above 0) are withheld
 * @param children the children identified
 * @param timeFromIdentification days from identification to a guardian, to the BID and to the durable solution
 * @param failureModes the failure modes as indicators
 * @param requests the cross-border requests
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dashboard(LocalDate from, LocalDate to, String country, Instant figuresAsOf, int threshold,
		Children children, List<Timing> timeFromIdentification, List<Indicator> failureModes, Requests requests) {

	/**
	 * The children identified in the period.
	 *
	 * @param total how many
	 * @param byCountryOfOrigin by the nationality they claim
	 * @param byAgeBand by age at identification
	 * @param bySex by sex
	 * @param byScreening by whether the trafficking screening found indicators
	 * @param byExploitationType by each form of exploitation whose indicators were found (a child may count
	 *        under several, so the table has no total)
	 */
	public record Children(Count total, CountTable byCountryOfOrigin, CountTable byAgeBand, CountTable bySex,
			CountTable byScreening, CountTable byExploitationType) {
	}

	/**
	 * The cross-border requests sent or received in the period (with a country filter: only those this node
	 * sent about children of that country; a received request names no case of this node).
	 *
	 * @param byTypeAndCountryPair by type and by the sending and receiving country
	 * @param deadlines for requests with a deadline, by type: answered in time, answered late, or still open past it
	 * @param daysToAnswer by type, the days from sending to the answer
	 */
	public record Requests(CountTable byTypeAndCountryPair, CountTable deadlines, List<Timing> daysToAnswer) {
	}

}
