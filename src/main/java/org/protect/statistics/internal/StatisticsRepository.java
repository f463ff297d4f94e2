package org.protect.statistics.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the figures from the views of the {@code statistics} schema (see its migration), aggregated in the
 * database: nothing about one child leaves it, only counts (and counts of children per number of days).
 */
@Repository
class StatisticsRepository {

	/** Age bands at identification (whole years, youngest plausible age); see the README for why these. */
	static final List<String> AGE_BANDS = List.of("0-9", "10-13", "14-15", "16-17", "18+", "unknown");

	/**
	 * The children's figures of a period, per country of origin (whatever the query's country: the answers for
	 * one country and for all are suppressed together): the per-day counts of {@code statistics.daily_figure}
	 * added up, and for each time the number of children who got there ({@code REACHED}, the time's name as key).
	 * A few rows per country and key, however many children.
	 */
	private static final String CHILDREN_BY_COUNTRY = """
			SELECT country,
			       CASE WHEN section IN ('GUARDIAN_APPOINTED', 'BID', 'DURABLE_SOLUTION') THEN 'REACHED' ELSE section END
			           AS section,
			       CASE WHEN section IN ('GUARDIAN_APPOINTED', 'BID', 'DURABLE_SOLUTION') THEN section ELSE key END AS key,
			       sum(n) AS n
			FROM statistics.daily_figure
			WHERE identified_on BETWEEN :from AND :to
			GROUP BY 1, 2, 3""";

	/** The number of children per number of days of each time, in a period and country (or all). */
	private static final String TIMES_HISTOGRAM = """
			SELECT section, key, sum(n) AS n FROM statistics.daily_figure
			WHERE identified_on BETWEEN :from AND :to AND (CAST(:country AS text) IS NULL OR country = :country)
			  AND section IN ('GUARDIAN_APPOINTED', 'BID', 'DURABLE_SOLUTION')
			GROUP BY section, key""";

	private static final String REQUESTS = """
			WITH r AS MATERIALIZED (
			    SELECT * FROM statistics.request_fact
			    WHERE sent_at::date BETWEEN :from AND :to
			      AND (CAST(:country AS text) IS NULL OR (direction = 'OUTGOING' AND child_country = :country)))
			SELECT 'PAIR' AS section, type AS k, direction || ' ' || partner_country AS k2, count(*) AS n, NULL::int[] AS q
			FROM r GROUP BY 2, 3
			UNION ALL
			SELECT 'DEADLINE', type, o, count(*), NULL
			FROM r CROSS JOIN LATERAL (SELECT CASE
			        WHEN answered_at IS NOT NULL AND answered_at::date <= deadline THEN 'ANSWERED_IN_TIME'
			        WHEN answered_at IS NOT NULL THEN 'ANSWERED_LATE'
			        WHEN NOT closed_unanswered AND deadline < current_date THEN 'OPEN_PAST_DEADLINE' END AS o) x
			WHERE deadline IS NOT NULL AND x.o IS NOT NULL GROUP BY 2, 3
			UNION ALL
			SELECT 'DAYS', type, NULL, count(*),
			       percentile_disc(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY answered_at::date - sent_at::date)
			FROM r WHERE answered_at IS NOT NULL GROUP BY 2""";

	private static final String CHILDREN_BY_MONTH = """
			SELECT CAST(extract(month FROM identified_on) AS int) AS month, sum(n) AS n FROM statistics.daily_figure
			WHERE identified_on BETWEEN :from AND :to AND section = 'INDICATOR' AND key = 'CHILDREN'
			GROUP BY 1""";

	/** Every request the table by type and countries counts, for all countries, by the month it was sent. */
	private static final String REQUESTS_BY_MONTH = """
			SELECT CAST(extract(month FROM sent_at::date) AS int) AS month, count(*) AS n FROM statistics.request_fact
			WHERE sent_at::date BETWEEN :from AND :to
			GROUP BY 1""";

	/** Arbitrary constant naming the advisory lock that lets one instance at a time refresh the figures. */
	private static final long REFRESH_LOCK = 0x5747_4154_4953_5443L;

	private final JdbcClient jdbc;

	StatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One aggregated figure.
	 *
	 * @param section what it is ({@code AGE}, {@code SEX}, …, {@code REACHED}, {@code PAIR}, {@code DEADLINE},
	 *        {@code DAYS})
	 * @param key the row: a country, a band, an indicator, a request type
	 * @param key2 the column where there is one (a country pair, a deadline outcome), or the country of origin
	 * @param n the count
	 * @param quartiles for days, the 25th, 50th and 75th percentile values, else {@code null}
	 */
	record Figure(String section, String key, String key2, long n, int[] quartiles) {
	}

	/** The children's figures of a period, every country of origin's: the country in {@code key2}. */
	List<Figure> childrenByCountry(LocalDate from, LocalDate to) {
		return jdbc.sql(CHILDREN_BY_COUNTRY)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Figure(rs.getString("section"), rs.getString("key"), rs.getString("country"),
					rs.getLong("n"), null))
			.list();
	}

	/** For each time, the number of children per number of days (the key), in a period and country or all. */
	List<Figure> times(LocalDate from, LocalDate to, String country) {
		return jdbc.sql(TIMES_HISTOGRAM)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("country", country)
			.query((rs, n) -> new Figure(rs.getString("section"), rs.getString("key"), null, rs.getLong("n"), null))
			.list();
	}

	/** The children identified in each month of a year, all countries, January first. */
	int[] childrenByMonth(int year) {
		return byMonth(CHILDREN_BY_MONTH, year);
	}

	/** The requests sent or received in each month of a year, all countries, January first. */
	int[] requestsByMonth(int year) {
		return byMonth(REQUESTS_BY_MONTH, year);
	}

	private int[] byMonth(String sql, int year) {
		int[] months = new int[12];
		jdbc.sql(sql)
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((rs, n) -> months[rs.getInt("month") - 1] = (int) rs.getLong("n"))
			.list();
		return months;
	}

	/** When the figures were last computed. */
	Instant refreshedAt() {
		return jdbc.sql("SELECT refreshed_at FROM statistics.refresh_state WHERE id = 1")
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/**
	 * Computes the figures again from the cases and requests: first the per-case facts, then the per-day
	 * figures built on them, then the requests, without blocking readers. Call in a transaction. Another instance already at it: returns
	 * {@code false} and does nothing (the advisory lock is held to the end of its transaction).
	 */
	boolean refresh() {
		boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(REFRESH_LOCK).query(Boolean.class).single();
		if (!mine) {
			return false;
		}
		jdbc.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.case_fact").update();
		jdbc.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.daily_figure").update();
		jdbc.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY statistics.request_fact").update();
		// now() is the transaction's start: the figures describe the cases as they were then, or a moment later.
		jdbc.sql("UPDATE statistics.refresh_state SET refreshed_at = now() WHERE id = 1").update();
		return true;
	}

	List<Figure> requests(LocalDate from, LocalDate to, String country) {
		return jdbc.sql(REQUESTS)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("country", country)
			.query((rs, n) -> new Figure(rs.getString("section"), rs.getString("k"), rs.getString("k2"),
					rs.getLong("n"), quartiles(rs)))
			.list();
	}

	private static int[] quartiles(ResultSet rs) throws SQLException {
		Array array = rs.getArray("q");
		if (array == null) {
			return null;
		}
		Object[] values = (Object[]) array.getArray();
		int[] quartiles = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			quartiles[i] = values[i] == null ? 0 : ((Number) values[i]).intValue();
		}
		return quartiles;
	}

}
