package org.protect.statistics.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Adds to the cases of {@code org.protect.cases.bench.CaseLoadGenerator} what the statistics read and the
 * case load does not need, so that the dashboard is measured on figures with some spread rather than a
 * million identical ones:
 * <ul>
 * <li>the revisions of the determination, care plan and guardianship (the return indicators look up how a
 * case stood on the day of its return; the services write a revision with every version, the case generator
 * does not), with about 2% of returns made without the plan's acceptance and 2.5% before the receiving
 * guardian's;</li>
 * <li>transitions spread over 1 to 20 days per step instead of one, and guardians appointed 0 to 14 days
 * after identification;</li>
 * <li>trafficking indicators of one or two forms of exploitation for about 8% of the children, and a missing
 * report for 1% (half of them still missing);</li>
 * <li>20,000 cross-border requests to two partner nodes, of every type, most answered, some late, some open.</li>
 * </ul>
 * Written straight into the tables in a few set-based statements (the rows are what the services would have
 * written), once: it does nothing when the revisions are already there. Not part of the product.
 * <p>
 * Usage: {@code StatisticsLoadGenerator <data-dir>}
 */
public final class StatisticsLoadGenerator {

	private static final String[] TYPES = { "INFORMATION", "FAMILY_ASSESSMENT", "PLACEMENT_CONSENT",
			"SERIOUS_DANGER_NOTICE", "RETURN_TRANSFER", "FOLLOW_UP_REPORT", "MISSING_CHILD_ALERT" };

	private StatisticsLoadGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-cases");
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
		String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/protect";
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			if (single(db, "SELECT count(*) FROM cases.case_part_revision WHERE changed_by = 'bench'") > 0) {
				System.out.println("Statistics extras already there: nothing to add.");
				return;
			}
			long started = System.nanoTime();
			db.setAutoCommit(false);
			exec(db, "SET LOCAL max_parallel_workers_per_gather = 0");
			exec(db, "SET LOCAL work_mem = '64MB'");
			// The history tables are append-only by trigger; the load is synthetic and consistent by construction.
			exec(db, "SET LOCAL session_replication_role = replica");
			timed("transitions spread", () -> exec(db, """
					UPDATE cases.case_transition t SET at = c.identified_on::timestamptz
					    + (s.k * (1 + abs(hashtext(t.case_id::text)) % 20)) * interval '1 day'
					FROM cases.child_case c,
					     (SELECT id, row_number() OVER (PARTITION BY case_id ORDER BY seq) AS k FROM cases.case_transition
					      WHERE reason = 'Synthetic load data') s
					WHERE t.id = s.id AND c.id = t.case_id AND c.created_by = 'bench'"""));
			timed("guardians appointed", () -> exec(db, """
					UPDATE cases.case_part p SET document = jsonb_set(p.document, '{guardian,appointedOn}',
					    to_jsonb(c.identified_on + abs(hashtext(c.id::text || 'g')) % 15))
					FROM cases.child_case c
					WHERE p.case_id = c.id AND p.part = 'GUARDIANSHIP' AND p.created_by = 'bench'
					  AND p.document -> 'guardian' IS NOT NULL"""));
			timed("screening indicators", () -> exec(db, """
					UPDATE cases.case_part p SET document = jsonb_set(p.document, '{indicators}',
					    jsonb_build_object((ARRAY['GENERAL','SEXUAL','LABOUR','FORCED_CRIMINALITY','FORCED_BEGGING',
					        'DOMESTIC_SERVITUDE','FORCED_MARRIAGE','ORGAN_REMOVAL'])[1 + abs(hashtext(p.case_id::text || 's')) % 8],
					        jsonb_build_array('CONTROLLED_BY_ADULT'))
					    || CASE WHEN abs(hashtext(p.case_id::text || 't')) % 3 = 0
					            THEN jsonb_build_object('GENERAL', jsonb_build_array('DOCUMENTS_HELD_BY_OTHERS'))
					            ELSE '{}'::jsonb END)
					WHERE p.part = 'SCREENING' AND p.created_by = 'bench' AND abs(hashtext(p.case_id::text || 'i')) % 100 < 8"""));
			timed("missing reports", () -> {
				exec(db, """
						INSERT INTO cases.case_part (case_id, part, document, version, created_at, created_by, updated_at,
						  updated_by)
						SELECT c.id, 'MISSING', jsonb_build_object('missing', m.still, 'reportedOn', c.identified_on + 20,
						    'circumstances', 'Synthetic: left the shelter', 'foundOn',
						    CASE WHEN m.still THEN NULL ELSE to_jsonb(c.identified_on + 25) END),
						  1, c.created_at, 'bench', c.created_at, 'bench'
						FROM cases.child_case c
						CROSS JOIN LATERAL (SELECT abs(hashtext(c.id::text || 'm')) % 2 = 0 AS still) m
						WHERE c.created_by = 'bench' AND abs(hashtext(c.id::text || 'x')) % 100 = 0
						ON CONFLICT DO NOTHING""");
				exec(db, """
						UPDATE cases.child_case c SET child_missing = true FROM cases.case_part p
						WHERE p.case_id = c.id AND p.part = 'MISSING' AND p.created_by = 'bench'
						  AND (p.document ->> 'missing')::boolean""");
			});
			timed("revisions", () -> exec(db, """
					INSERT INTO cases.case_part_revision (case_id, part, version, document, changed_at, changed_by)
					SELECT p.case_id, p.part, p.version,
					  CASE WHEN p.part = 'CARE_PLAN' AND abs(hashtext(p.case_id::text || 'a')) % 50 = 0
					           THEN p.document || '{"acceptance": null}'
					       WHEN p.part = 'GUARDIANSHIP' AND abs(hashtext(p.case_id::text || 'r')) % 40 = 0
					            AND p.document -> 'receiving' IS NOT NULL AND jsonb_typeof(p.document -> 'receiving') = 'object'
					           THEN jsonb_set(p.document, '{receiving,acceptedOn}', 'null')
					       ELSE p.document END,
					  p.created_at, 'bench'
					FROM cases.case_part p
					WHERE p.created_by = 'bench' AND p.part IN ('BEST_INTERESTS_DETERMINATION', 'CARE_PLAN', 'GUARDIANSHIP')"""));
			timed("requests", () -> requests(db));
			db.commit();
			db.setAutoCommit(true);
			timed("analyse", () -> exec(db, "VACUUM ANALYZE"));
			System.out.printf("Statistics extras added in %.0f s.%n", (System.nanoTime() - started) / 1e9);
		}
	}

	/** Two partner nodes and 20,000 requests about generated cases, as the cooperation module records them. */
	private static void requests(Connection db) throws SQLException {
		exec(db, """
				INSERT INTO cooperation.partner (node_id, country, name, base_url, fingerprint, keys, status, created_at,
				  created_by, updated_at, updated_by)
				VALUES ('00000000-0000-0000-0000-0000000000a1', 'LV', 'Synthetic bench node LV', 'http://127.0.0.1:9/bench-lv',
				        'bench', '{"keys":[]}', 'ACTIVE', now(), 'bench', now(), 'bench'),
				       ('00000000-0000-0000-0000-0000000000a2', 'LT', 'Synthetic bench node LT', 'http://127.0.0.1:9/bench-lt',
				        'bench', '{"keys":[]}', 'ACTIVE', now(), 'bench', now(), 'bench')
				ON CONFLICT DO NOTHING""");
		exec(db, """
				CREATE TEMP TABLE bench_request ON COMMIT DROP AS
				SELECT gen_random_uuid() AS id, c.id AS case_id, (ARRAY[%s])[1 + c.n %% 7] AS type,
				  CASE WHEN c.n %% 3 = 0 THEN '00000000-0000-0000-0000-0000000000a2'::uuid
				       ELSE '00000000-0000-0000-0000-0000000000a1'::uuid END AS partner,
				  least(c.identified_on + 10 + c.n %% 30, current_date - 1) AS sent_on, c.n %% 10 AS outcome
				FROM (SELECT id, identified_on, (row_number() OVER (ORDER BY id))::int AS n FROM cases.child_case
				      WHERE created_by = 'bench' ORDER BY id LIMIT 20000) c""".formatted(quoted()));
		// Outcome 0-5 answered in 5 to 29 days, 6-7 answered after 40 to 64 days, 8 withdrawn, 9 still open.
		exec(db, """
				INSERT INTO cooperation.request (id, conversation_id, type, direction, partner_node, case_id, legal_basis,
				  state, send_rule, deadline, created_at, created_by, updated_at, updated_by)
				SELECT id, gen_random_uuid(), type, 'OUTGOING', partner, case_id, 'Hague 1996 art. 32',
				  CASE WHEN outcome <= 7 THEN 'ANSWERED' WHEN outcome = 8 THEN 'WITHDRAWN' ELSE 'OVERDUE' END, 'TEAM',
				  CASE WHEN type = 'SERIOUS_DANGER_NOTICE' THEN NULL ELSE sent_on + 30 END,
				  sent_on::timestamptz, 'bench', sent_on::timestamptz, 'bench'
				FROM bench_request""");
		exec(db, """
				INSERT INTO cooperation.request_message (id, request_id, message_id, direction, kind, payload, created_at,
				  created_by)
				SELECT gen_random_uuid(), id, gen_random_uuid(), 'OUTGOING', 'REQUEST', '{}', sent_on::timestamptz, 'bench'
				FROM bench_request
				UNION ALL
				SELECT gen_random_uuid(), id, gen_random_uuid(), 'INCOMING', 'ANSWER', '{}',
				  sent_on::timestamptz + (CASE WHEN outcome <= 5 THEN 5 + abs(hashtext(id::text)) % 25
				                               ELSE 40 + abs(hashtext(id::text)) % 25 END) * interval '1 day', 'bench'
				FROM bench_request WHERE outcome <= 7""");
	}

	private static String quoted() {
		StringBuilder list = new StringBuilder();
		for (String type : TYPES) {
			list.append(list.isEmpty() ? "" : ", ").append('\'').append(type).append('\'');
		}
		return list.toString();
	}

	@FunctionalInterface
	private interface Step {

		void run() throws SQLException;

	}

	private static void timed(String what, Step step) throws SQLException {
		long started = System.nanoTime();
		step.run();
		System.out.printf("  %-28s %6.1f s%n", what, (System.nanoTime() - started) / 1e9);
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void exec(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

}
