package org.protect.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The anonymised indicators for policy over the children identified in a fixed period (a cohort: every figure
 * about children follows the children identified between {@code from} and {@code to}, whenever their later
 * steps happened), and the cross-border requests sent or received in it. Every count is suppressed as
 * {@link Count} says; nothing in it names or describes one child. The figures about children for one country
 * are its row of tables suppressed over every country at once, whose column totals are the figures for all
 * countries, so that subtracting one answer from the other gives no count under 5 away; a country whose number
 * is withheld among all countries has its figures withheld whole.
 * <p>
 * A year has every table. A month or a quarter has only the number of children identified and of requests, for all
 * countries ({@link #detailed()} is {@code false}; the tables, times and failure modes are {@code null}): set against
 * the other months and the year, their breakdowns could give small counts away.
 *
 * @param period the month ({@code 2026-12}), quarter ({@code 2026-Q4}) or year ({@code 2026})
 * @param from the first day of the period
 * @param to the last day of the period
 * @param country the country of origin the figures are limited to, or {@code null} for all
 * @param figuresAsOf when the figures were computed from the cases
 * @param threshold counts below it (and above 0) are withheld
 * @param children the children identified
 * @param timeFromIdentification days from identification to a guardian, to the BID and to the durable solution
 * @param failureModes the failure modes as indicators
 * @param requests the cross-border requests, for all countries only ({@code null} with a country: one country's
 *        requests set against all countries' would give the others' small counts away)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dashboard(StatisticsPeriod period, LocalDate from, LocalDate to, String country, Instant figuresAsOf, int threshold,
		Children children, List<Timing> timeFromIdentification, List<Indicator> failureModes, Requests requests) {

	/** Whether the tables are published: for a whole year only. */
	public boolean detailed() {
		return children.byAgeBand() != null;
	}

	/**
	 * The children identified in the period; only {@code total} for a month or a quarter.
	 *
	 * @param total how many
	 * @param byCountryOfOrigin by the nationality they claim
	 * @param byAgeBand by age at identification
	 * @param bySex by sex
	 * @param byScreening by whether the trafficking screening found indicators
	 * @param byExploitationType by each form of exploitation whose indicators were found (a child may count
	 *        under several, so the table has no total)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Children(Count total, CountTable byCountryOfOrigin, CountTable byAgeBand, CountTable bySex,
			CountTable byScreening, CountTable byExploitationType) {
	}

	/**
	 * The cross-border requests sent or received in the period (with a country filter: only those this node
	 * sent about children of that country; a received request names no case of this node).
	 *
	 * @param total how many: the grand total of {@code byTypeAndCountryPair} for a year, for a month or a quarter its
	 *        share of it (the only request figure published for less than a year)
	 * @param byTypeAndCountryPair by type and by the sending and receiving country
	 * @param deadlines for requests with a deadline, by type: answered in time, answered late, or still open past it
	 * @param daysToAnswer by type, the days from sending to the answer
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Requests(Count total, CountTable byTypeAndCountryPair, CountTable deadlines, List<Timing> daysToAnswer) {
	}

}
