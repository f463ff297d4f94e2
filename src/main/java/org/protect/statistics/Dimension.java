package org.protect.statistics;

/**
 * What the rows or columns of a statistics table are. The codes of each are stable; the pages and exports
 * name them in the reader's language.
 */
public enum Dimension {

	/** The country of origin: the nationality the child claims (ISO 3166-1 alpha-2), or {@code unknown}. */
	COUNTRY_OF_ORIGIN,

	/** Age at identification at the youngest plausible age: {@code 0-9}, {@code 10-13}, {@code 14-15}, {@code 16-17}, {@code 18+}, {@code unknown}. */
	AGE_BAND,

	/** F, M, X (another), U (unknown). */
	SEX,

	/** Whether the trafficking screening found indicators: {@code INDICATORS_FOUND}, {@code NO_INDICATORS}, {@code NOT_SCREENED}. */
	SCREENING,

	/** The forms of exploitation whose indicators the screening found (a child may count under several). */
	EXPLOITATION_TYPE,

	/** The single column of a one-way table: {@code CHILDREN} or {@code REQUESTS}. */
	COUNT,

	/** A cross-border request type. */
	REQUEST_TYPE,

	/** The sending and the receiving country of a request, {@code SE-LV}: sender first. */
	COUNTRY_PAIR,

	/** What became of a request with a deadline: {@code ANSWERED_IN_TIME}, {@code ANSWERED_LATE}, {@code OPEN_PAST_DEADLINE}. */
	DEADLINE_OUTCOME

}
