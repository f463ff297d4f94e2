package org.protect.cases.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.postgresql.PGConnection;

import org.protect.identity.NameKeys;

/**
 * Fills a demo node's database with synthetic cases for the case load benchmark: a million children by
 * default, with their teams, identity facts, the parts each stage's gates ask for, and their transitions,
 * written straight into the {@code cases} tables (COPY and INSERT … SELECT), not through the services,
 * which would take days. The rows are what the services would have written: the part documents are the
 * JSON of the part records, names carry the search keys of {@link NameKeys}, and each case's history ends
 * at its stage. Names are random combinations from the demo lists ({@code cases/demo-names.txt}).
 * <p>
 * Connects to the node's running embedded PostgreSQL (the port is in its {@code postmaster.pid}); does
 * nothing when the node already holds that many generated cases. Not part of the product.
 * <p>
 * Usage: {@code CaseLoadGenerator <data-dir> [cases, default 1000000]}
 */
public final class CaseLoadGenerator {

	/** Synthetic staff who own, supervise and guard the generated cases; the password is the demo users'. */
	static final int CASEWORKERS = 200;

	static final int SUPERVISORS = 40;

	static final int GUARDIANS = 400;

	static final String CASEWORKER_PREFIX = "bench.caseworker.";

	private static final String[] STAGES = { "IDENTIFIED", "PROTECTED", "VERIFIED", "ASSESSED", "DETERMINED", "PLANNED",
			"IMPLEMENTED", "FOLLOWED_UP", "CLOSED" };

	/** Share of cases per stage, in per cent. */
	private static final int[] STAGE_WEIGHTS = { 8, 10, 10, 12, 10, 12, 8, 12, 18 };

	private static final String[] ORIGINS = { "AL", "XK", "MA", "UA", "VN", "AF", "SY", "RO" };

	private static final int[] ORIGIN_WEIGHTS = { 12, 10, 14, 20, 8, 16, 12, 8 };

	private CaseLoadGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args.length > 0 ? args[0] : "target/bench-cases");
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
		String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/protect";
		try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
			long existing = single(db, "SELECT count(*) FROM cases.child_case WHERE created_by = 'bench'");
			if (existing >= count) {
				System.out.printf("%,d generated cases already there: nothing to generate.%n", existing);
				return;
			}
			if (existing > 0) {
				throw new IllegalStateException("a partial load is there (" + existing + " cases): delete " + dataDir);
			}
			long started = System.nanoTime();
			db.setAutoCommit(false);
			new CaseLoadGenerator.Load(db, count).run();
			db.commit();
			System.out.printf("Generated %,d cases in %.0f s; analysing…%n", count, (System.nanoTime() - started) / 1e9);
			db.setAutoCommit(true);
			try (Statement statement = db.createStatement()) {
				statement.execute("VACUUM ANALYZE");
			}
			System.out.printf("Done in %.0f s.%n", (System.nanoTime() - started) / 1e9);
		}
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** One load: users, the staging table of cases, then every cases table from it. */
	private static final class Load {

		private final Connection db;

		private final int count;

		private final Random random = new Random(20261201L);

		private final Map<String, List<String[]>> names = new LinkedHashMap<>();

		private final Map<String, String> keysCache = new LinkedHashMap<>();

		Load(Connection db, int count) {
			this.db = db;
			this.count = count;
		}

		void run() throws Exception {
			readNames();
			exec("SET LOCAL max_parallel_workers_per_gather = 0");
			exec("SET LOCAL maintenance_work_mem = '512MB'");
			exec("SET LOCAL work_mem = '64MB'");
			// The rows are consistent by construction: skip the per-row foreign-key triggers (superuser only).
			exec("SET LOCAL session_replication_role = replica");
			users();
			stage();
			List<String> indexes = dropIndexes();
			long t = System.nanoTime();
			cases();
			log("child_case", t);
			t = System.nanoTime();
			members();
			log("case_member", t);
			t = System.nanoTime();
			facts();
			log("identity_fact", t);
			t = System.nanoTime();
			PartTemplates.insertParts(this::exec);
			log("case_part", t);
			t = System.nanoTime();
			transitions();
			log("case_transition, case_event", t);
			t = System.nanoTime();
			for (String index : indexes) {
				exec(index);
			}
			log("indexes", t);
			exec("DROP TABLE bench_case");
		}

		private void log(String what, long since) {
			System.out.printf("  %-28s %6.1f s%n", what, (System.nanoTime() - since) / 1e9);
		}

		/** The synthetic staff, with the demo caseworker's password hash (the same password), in its organisation. */
		private void users() throws SQLException {
			exec("""
					CREATE TEMP TABLE bench_user AS
					SELECT gen_random_uuid() AS id, r.role, r.prefix || lpad(g::text, 3, '0') AS username, g AS n
					FROM (VALUES ('CASEWORKER', '%s', %d), ('SUPERVISOR', 'bench.supervisor.', %d),
					             ('GUARDIAN', 'bench.guardian.', %d)) r(role, prefix, how_many),
					     generate_series(1, r.how_many) g""".formatted(CASEWORKER_PREFIX, CASEWORKERS, SUPERVISORS,
					GUARDIANS));
			exec("""
					INSERT INTO accounts.app_user (id, username, display_name, organisation_id, password_hash,
					  password_changed_at, created_at, created_by, updated_at, updated_by)
					SELECT b.id, b.username, 'Synthetic ' || b.username,
					  (SELECT organisation_id FROM accounts.app_user WHERE username = 'caseworker.' || %s),
					  (SELECT password_hash FROM accounts.app_user WHERE username = 'caseworker.' || %s),
					  now(), now(), 'bench', now(), 'bench'
					FROM bench_user b""".formatted(countrySql(), countrySql()));
			exec("INSERT INTO accounts.user_role (user_id, role) SELECT id, role FROM bench_user");
			// The demo caseworker owns a share like any other.
			exec("""
					INSERT INTO bench_user (id, role, username, n)
					SELECT id, 'CASEWORKER', username, %d FROM accounts.app_user
					WHERE username = 'caseworker.' || %s""".formatted(CASEWORKERS + 1, countrySql()));
		}

		private static String countrySql() {
			return "(SELECT lower(country) FROM accounts.organisation o JOIN accounts.app_user u ON u.organisation_id = o.id "
					+ "WHERE u.username = 'admin')";
		}

		/** One row per case with everything drawn at random, COPYed in; the tables are made from it. */
		private void stage() throws Exception {
			exec("""
					CREATE TEMP TABLE bench_case (n int PRIMARY KEY, id uuid, origin char(2), sex char(1), script text,
					  given text, family text, given_latin text, family_latin text, alias text, display_name text,
					  search_keys text, birth_year int, stage int, leaves boolean, identified_on date, owner int,
					  supervisor int, guardian int)""");
			StringBuilder copy = new StringBuilder();
			var copier = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI();
			LocalDate today = LocalDate.now();
			for (int n = 0; n < count; n++) {
				String origin = ORIGINS[pick(ORIGIN_WEIGHTS)];
				List<String> scripts = scripts(origin);
				String script = scripts.size() > 1 && random.nextInt(10) < 6 ? scripts.get(1) : scripts.get(0);
				String sex = random.nextInt(3) == 0 ? "F" : "M";
				String[] given = any(origin + ";" + script + ";" + sex);
				String[] family = any(origin + ";" + script + ";family");
				String givenLatin = NameKeys.latin(given[0]);
				String familyLatin = NameKeys.latin(family[0]);
				boolean latin = "latn".equals(script);
				String alias = latin ? null : given[1] + " " + family[1];
				String written = given[0] + " " + family[0];
				String display = latin ? written : givenLatin + " " + familyLatin + " (" + written + ")";
				String keys = keysCache.computeIfAbsent(written, w -> searchKeys(given[0], family[0], givenLatin,
						familyLatin, alias));
				int stage = pick(STAGE_WEIGHTS);
				boolean returnable = Set.of("AL", "XK", "MA", "VN", "RO").contains(origin);
				boolean leaves = returnable && random.nextBoolean();
				int age = leaves ? 8 + random.nextInt(8) : 8 + random.nextInt(10);
				LocalDate identified = today.minusDays(stage * 30L + 1 + random.nextInt(30));
				copy.append(n).append('\t').append(UUID.randomUUID()).append('\t').append(origin).append('\t')
					.append(sex).append('\t').append(script).append('\t').append(given[0]).append('\t')
					.append(family[0]).append('\t').append(givenLatin).append('\t').append(familyLatin).append('\t')
					.append(alias == null ? "\\N" : alias).append('\t').append(display).append('\t').append(keys)
					.append('\t').append(today.getYear() - age).append('\t').append(stage).append('\t').append(leaves)
					.append('\t').append(identified).append('\t').append(1 + n % (CASEWORKERS + 1)).append('\t')
					.append(1 + random.nextInt(SUPERVISORS)).append('\t')
					.append(random.nextInt(10) < 7 ? String.valueOf(1 + random.nextInt(GUARDIANS)) : "\\N").append('\n');
				if (copy.length() > 8_000_000 || n == count - 1) {
					copier.copyIn("COPY bench_case FROM STDIN", new StringReader(copy.toString()));
					copy.setLength(0);
				}
			}
			exec("ANALYZE bench_case");
		}

		private String searchKeys(String given, String family, String givenLatin, String familyLatin, String alias) {
			Set<String> keys = new LinkedHashSet<>();
			for (String part : new String[] { given, family, givenLatin, familyLatin, alias }) {
				if (part != null) {
					keys.addAll(NameKeys.bundled().keys(part));
				}
			}
			return " " + String.join(" ", keys) + " ";
		}

		/** The indexes of the loaded tables, dropped for the load and made again after it (much faster). */
		private List<String> dropIndexes() throws SQLException {
			List<String> definitions = new ArrayList<>();
			List<String> names = new ArrayList<>();
			try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
					SELECT i.indexname, i.indexdef FROM pg_indexes i
					WHERE i.schemaname = 'cases' AND i.tablename IN ('child_case', 'case_member', 'identity_fact',
					  'case_part', 'case_transition', 'case_event')
					AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""")) {
				while (rs.next()) {
					names.add(rs.getString(1));
					definitions.add(rs.getString(2));
				}
			}
			for (String name : names) {
				exec("DROP INDEX cases." + name);
			}
			return definitions;
		}

		private void cases() throws SQLException {
			exec("""
					INSERT INTO cases.child_case (id, case_number, organisation_id, stage, identified_on, registered_by,
					  display_name, sex, birth_earliest, birth_latest, nationality_claimed, search_keys, version,
					  created_at, created_by, updated_at, updated_by)
					SELECT b.id, upper(%1$s) || '-' || extract(year FROM b.identified_on) || '-' || (1000000 + b.n),
					  (SELECT organisation_id FROM accounts.app_user WHERE username = 'caseworker.' || %1$s),
					  (ARRAY['IDENTIFIED','PROTECTED','VERIFIED','ASSESSED','DETERMINED','PLANNED','IMPLEMENTED',
					         'FOLLOWED_UP','CLOSED'])[b.stage + 1],
					  b.identified_on, o.id, b.display_name, b.sex, make_date(b.birth_year, 1, 1),
					  make_date(b.birth_year, 12, 31), b.origin, b.search_keys, b.stage + 1,
					  b.identified_on::timestamptz, 'bench', b.identified_on::timestamptz + (b.stage + 1) * interval '1 day',
					  o.username
					FROM bench_case b JOIN bench_user o ON o.role = 'CASEWORKER' AND o.n = b.owner""".formatted(countrySql()));
		}

		private void members() throws SQLException {
			exec("""
					INSERT INTO cases.case_member (id, case_id, user_id, part, added_at, added_by)
					SELECT gen_random_uuid(), b.id, u.id, p.part, b.identified_on::timestamptz, 'bench'
					FROM bench_case b
					CROSS JOIN LATERAL (VALUES ('OWNER', 'CASEWORKER', b.owner), ('SUPERVISOR', 'SUPERVISOR', b.supervisor),
					                          ('GUARDIAN', 'GUARDIAN', b.guardian)) p(part, role, n)
					JOIN bench_user u ON u.role = p.role AND u.n = p.n""");
		}

		/** The facts a registration records: name, aliases, sex, birth, nationality; as the services write them. */
		private void facts() throws SQLException {
			exec("""
					INSERT INTO cases.identity_fact (id, case_id, kind, value, source, stated_on, recorded_at, recorded_by)
					SELECT gen_random_uuid(), b.id, f.kind, jsonb_strip_nulls(f.value || jsonb_build_object('kind', f.kind,
					    'source', 'CHILD_STATEMENT', 'statedOn', b.identified_on)),
					  'CHILD_STATEMENT', b.identified_on, b.identified_on::timestamptz + f.k * interval '1 millisecond', 'bench'
					FROM bench_case b
					CROSS JOIN LATERAL (VALUES
					  (1, 'NAME', jsonb_build_object('givenName', b.given, 'familyName', b.family, 'givenNameLatin', b.given_latin,
					                                 'familyNameLatin', b.family_latin)),
					  (2, 'ALIAS', CASE WHEN b.alias IS NULL THEN NULL ELSE jsonb_build_object('givenName', b.alias,
					                                 'givenNameLatin', b.alias) END),
					  (3, 'SEX', jsonb_build_object('sex', b.sex)),
					  (4, 'BIRTH_DATE', jsonb_build_object('birthYear', b.birth_year)),
					  (5, 'NATIONALITY_CLAIMED', jsonb_build_object('country', b.origin))) f(k, kind, value)
					WHERE f.value IS NOT NULL""");
		}

		private void transitions() throws SQLException {
			exec("""
					INSERT INTO cases.case_transition (id, case_id, from_stage, to_stage, reason, actor, at)
					SELECT gen_random_uuid(), b.id, s.stages[k], s.stages[k + 1], 'Synthetic load data', c.updated_by,
					  b.identified_on::timestamptz + k * interval '1 day'
					FROM bench_case b JOIN cases.child_case c ON c.id = b.id
					CROSS JOIN (SELECT ARRAY['IDENTIFIED','PROTECTED','VERIFIED','ASSESSED','DETERMINED','PLANNED',
					                         'IMPLEMENTED','FOLLOWED_UP','CLOSED'] AS stages) s
					CROSS JOIN LATERAL generate_series(1, b.stage) k""");
			exec("""
					INSERT INTO cases.case_event (case_id, at, actor, kind, detail)
					SELECT c.id, c.created_at, c.updated_by, 'REGISTERED', c.case_number
					FROM cases.child_case c WHERE c.created_by = 'bench'""");
		}

		private void readNames() throws Exception {
			try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
					CaseLoadGenerator.class.getClassLoader().getResourceAsStream("cases/demo-names.txt")),
					StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.isBlank() || line.startsWith("#")) {
						continue;
					}
					String[] fields = line.split(";", 4);
					List<String[]> entries = new ArrayList<>();
					for (String entry : fields[3].split(",")) {
						String[] spellings = entry.strip().split("/", 2);
						entries.add(new String[] { spellings[0].strip(), spellings[spellings.length - 1].strip() });
					}
					names.put(fields[0] + ";" + fields[1] + ";" + fields[2], entries);
				}
			}
		}

		private List<String> scripts(String origin) {
			return List.of("latn", "cyrl", "arab").stream().filter(s -> names.containsKey(origin + ";" + s + ";family")).toList();
		}

		private String[] any(String key) {
			List<String[]> list = names.get(key);
			return list.get(random.nextInt(list.size()));
		}

		private int pick(int[] weights) {
			int total = 0;
			for (int weight : weights) {
				total += weight;
			}
			int r = random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) {
					return i;
				}
			}
			return weights.length - 1;
		}

		void exec(String sql) throws SQLException {
			try (Statement statement = db.createStatement()) {
				statement.execute(sql);
			}
		}

	}

	/** Runs one SQL statement. */
	@FunctionalInterface
	interface Sql {

		void exec(String sql) throws SQLException;

	}

}
