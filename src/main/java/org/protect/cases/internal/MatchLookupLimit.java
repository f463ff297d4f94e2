package org.protect.cases.internal;

import static org.protect.cases.internal.CaseRepository.ts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.protect.shared.TooManyRequestsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often one user may look up possible matches. The list names other teams' cases that match the
 * child's facts, so someone who edits their own case's facts and looks again could test guesses about a
 * child they may not see; a cap per user and hour (kept in the database, so it holds across instances)
 * leaves a day's casework untouched and stops such probing by script. Every lookup is audited besides.
 */
@Component
class MatchLookupLimit {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perHour;

	MatchLookupLimit(JdbcClient jdbc, Clock casesClock, CasesProperties properties) {
		this.jdbc = jdbc;
		this.clock = casesClock;
		this.perHour = properties.matchLookupsPerHour();
	}

	/** Counts the lookup, or refuses it once the user has made as many as allowed in the last hour. */
	void admit(UUID userId) {
		Instant now = clock.instant();
		jdbc.sql("DELETE FROM cases.match_lookup WHERE user_id = ? AND looked_at < ?")
			.params(userId, ts(now.minus(WINDOW)))
			.update();
		long recent = jdbc.sql("SELECT count(*) FROM cases.match_lookup WHERE user_id = ?")
			.param(userId)
			.query(Long.class)
			.single();
		if (recent >= perHour) {
			throw new TooManyRequestsException("cases.match.tooManyLookups", perHour);
		}
		jdbc.sql("INSERT INTO cases.match_lookup (user_id, looked_at) VALUES (?, ?)").params(userId, ts(now)).update();
	}

}
