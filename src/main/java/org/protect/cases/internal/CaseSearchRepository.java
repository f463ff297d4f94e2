package org.protect.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.protect.cases.CaseAccess;
import org.protect.cases.CaseQuery;
import org.protect.identity.NameKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the cases a user may know of. The user's access decides which rows take part before any text is
 * matched: the cases of their teams, those disclosed to their court, those they registered; and, for
 * child-protection staff of the owning organisation, a case by its exact number (or, for supervisors,
 * the cases nobody owns yet), never by the child's name.
 */
@Repository
class CaseSearchRepository {

	private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z]{2}-\\d{4}-\\d{1,12}");

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	/** The end of a case number as people say it ("000053", "53"): digits that are not a year. */
	private static final Pattern NUMBER_END = Pattern.compile("\\d{1,12}");

	private final JdbcClient jdbc;

	CaseSearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who searches, as far as the search needs to know. */
	record Searcher(UUID userId, UUID organisationId, boolean staff, boolean supervisor, boolean judge,
			boolean borderOfficer) {
	}

	record Hit(CaseRow row, CaseAccess access) {
	}

	record Page(List<Hit> hits, long total) {
	}

	Page search(Searcher searcher, CaseQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("user", searcher.userId());
		params.put("org", searcher.organisationId());
		List<String> conditions = new ArrayList<>();
		boolean personalConditions = false;
		String caseNumber = null;
		String numberEnd = null;
		if (query.text() != null) {
			int i = 0;
			for (String token : query.text().strip().split("\\s+")) {
				if (token.isEmpty()) {
					continue;
				}
				i++;
				if (CASE_NUMBER.matcher(token).matches()) {
					caseNumber = token.toUpperCase(Locale.ROOT);
					params.put("number", caseNumber);
					conditions.add("c.case_number = :number");
					continue;
				}
				if (NUMBER_END.matcher(token).matches() && !YEAR.matcher(token).matches()) {
					// The team's own cases by the end of their number; others' only by the whole number.
					numberEnd = token;
					params.put("numberEnd", "%-" + "0".repeat(Math.max(0, 6 - token.length())) + token);
					params.put("numberSuffix", "%" + token);
					conditions.add("c.case_number LIKE :numberSuffix");
					personalConditions = true;
					continue;
				}
				personalConditions = true;
				LocalDate date = date(token);
				if (date != null) {
					params.put("d" + i, CaseRepository.date(date));
					conditions.add("c.birth_earliest <= :d%1$d AND c.birth_latest >= :d%1$d".formatted(i));
					continue;
				}
				if (YEAR.matcher(token).matches()) {
					int year = Integer.parseInt(token);
					params.put("ys" + i, CaseRepository.date(LocalDate.of(year, 1, 1)));
					params.put("ye" + i, CaseRepository.date(LocalDate.of(year, 12, 31)));
					conditions.add("c.birth_earliest <= :ye%1$d AND c.birth_latest >= :ys%1$d".formatted(i));
					continue;
				}
				Set<String> keys = new java.util.LinkedHashSet<>();
				NameKeys.bundled().keysByPart(token).forEach(keys::addAll);
				if (keys.isEmpty()) {
					continue;
				}
				List<String> alternatives = new ArrayList<>();
				int k = 0;
				for (String key : keys) {
					String name = "k" + i + "_" + k++;
					params.put(name, "% " + key + "%");
					alternatives.add("c.search_keys LIKE :" + name);
				}
				conditions.add("(" + String.join(" OR ", alternatives) + ")");
			}
		}
		if (query.stage() != null) {
			params.put("stage", query.stage().name());
			conditions.add("c.stage = :stage");
		}
		boolean anyText = query.text() != null && !query.text().isBlank();
		StringBuilder visible = new StringBuilder("""
				SELECT case_id, 1 AS rank FROM cases.case_member WHERE user_id = :user AND removed_at IS NULL""");
		if (searcher.judge()) {
			visible.append("""

					UNION ALL SELECT case_id, 2 FROM cases.case_disclosure
					WHERE organisation_id = :org AND revoked_at IS NULL""");
		}
		if (searcher.borderOfficer()) {
			visible.append("\nUNION ALL SELECT id, 3 FROM cases.child_case WHERE registered_by = :user");
		}
		if (searcher.staff() && caseNumber != null) {
			visible.append("""

					UNION ALL SELECT id, 4 FROM cases.child_case WHERE organisation_id = :org AND case_number = :number""");
		}
		if (searcher.supervisor() && !anyText) {
			// Cases nobody owns yet: the supervisor assigns them.
			visible.append("""

					UNION ALL SELECT c.id, 4 FROM cases.child_case c WHERE c.organisation_id = :org AND c.stage <> 'CLOSED'
					AND NOT EXISTS (SELECT 1 FROM cases.case_member m
					                WHERE m.case_id = c.id AND m.part = 'OWNER' AND m.removed_at IS NULL)""");
		}
		String from = """
				FROM (SELECT case_id, min(rank) AS rank FROM (%s) v GROUP BY case_id) a
				JOIN cases.child_case c ON c.id = a.case_id
				""".formatted(visible);
		// A case seen only as existing is matched by its number or stage, never by the child's name or birth.
		String all = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
		String where = "WHERE (a.rank < 4 AND " + all + ") OR (a.rank = 4 AND "
				+ (personalConditions ? "FALSE" : all) + ")";
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		// One query gives the page and the total (a window count), instead of a count and a page query.
		long[] total = { 0 };
		// The case whose number is asked for comes first: the whole number, then the number that ends so exactly
		// (000053 for "53"), then others that end in those digits; the rest most recently changed first.
		String first = caseNumber != null ? "(c.case_number = :number) DESC, "
				: numberEnd != null ? "(c.case_number LIKE :numberEnd) DESC, " : "";
		List<Hit> hits = jdbc.sql("SELECT " + CaseRepository.CASE_COLUMNS + ", a.rank, count(*) OVER () AS total " + from
				+ where + " ORDER BY " + first + "c.updated_at DESC, c.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new Hit(CaseRepository.caseRow(rs, n), access(rs.getInt("rank")));
			})
			.list();
		if (hits.isEmpty() && query.page() > 0) {
			// Past the last page: say how many there are, so that the reader can go back.
			total[0] = jdbc.sql("SELECT count(*) " + from + where).params(params).query(Long.class).single();
		}
		return new Page(hits, total[0]);
	}

	/**
	 * The cases on whose team the user is, most recently changed first, for alerts (closed ones too: a missing
	 * child is reported on a closed case).
	 */
	List<CaseRow> teamCases(UUID userId, int limit) {
		return jdbc.sql("SELECT " + CaseRepository.CASE_COLUMNS + """
				 FROM cases.child_case c
				WHERE c.id IN (SELECT case_id FROM cases.case_member WHERE user_id = ? AND removed_at IS NULL)
				ORDER BY c.updated_at DESC LIMIT ?""").params(userId, limit).query(CaseRepository::caseRow).list();
	}

	private static CaseAccess access(int rank) {
		return switch (rank) {
			case 1 -> CaseAccess.TEAM;
			case 2 -> CaseAccess.DISCLOSED;
			case 3 -> CaseAccess.REGISTRATION;
			default -> CaseAccess.EXISTENCE;
		};
	}

	private static LocalDate date(String token) {
		if (token.length() != 10) {
			return null;
		}
		try {
			return LocalDate.parse(token);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
