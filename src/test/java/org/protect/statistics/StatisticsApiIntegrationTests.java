package org.protect.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.statistics.internal.StatisticsRefresh;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics API over synthetic children registered and moved through the API: small counts withheld and
 * not recoverable from the totals, the failure modes and times of returns, cross-border requests against their
 * deadlines, exports, who may see it, and bad input.
 */
class StatisticsApiIntegrationTests extends IntegrationTest {

	/** Far enough back that no other test's children are identified in it. */
	private static final LocalDate FEBRUARY_2011 = LocalDate.of(2011, 2, 1);

	@Autowired
	AccountManagement accounts;

	@Autowired
	StatisticsRefresh refresh;

	@Autowired
	JdbcClient jdbc;

	private SyntheticChildren children;

	private HttpTestClient analyst;

	private String analystName;

	@BeforeEach
	void signIn() {
		children = new SyntheticChildren(client().withToken("caseworker.se", PASSWORD),
				client().withToken("supervisor.se", PASSWORD));
		UUID organisation = ApiUsers.organisation(accounts, OrganisationType.CENTRAL_AUTHORITY, null);
		analystName = ApiUsers.create(accounts, organisation, Role.ANALYST);
		analyst = ApiUsers.signedIn(client(), client(), analystName, true);
	}

	private JsonNode statistics(String query) {
		HttpResponse<String> response = analyst.get("/api/v1/statistics" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return HttpTestClient.json(response);
	}

	@Test
	void aCountUnderFiveIsWithheldAndTheTotalsDoNotGiveItAway() {
		// 9 boys and 3 girls from Tuvalu: the 3 is withheld, and so is the 9, or 12 - 9 would give it away.
		for (int i = 0; i < 12; i++) {
			children.register("TV", i < 3 ? "F" : "M", 1997, FEBRUARY_2011.plusDays(i));
		}
		refresh.refreshNow();

		JsonNode dashboard = statistics("?period=2011&country=TV");

		assertThat(dashboard.get("children").get("total").asInt()).isEqualTo(12);
		JsonNode bySex = dashboard.get("children").get("bySex");
		assertThat(cell(bySex, "F").get("suppressed").asBoolean()).isTrue();
		assertThat(cell(bySex, "F").get("reason").asString()).isEqualTo("SMALL_COUNT");
		assertThat(cell(bySex, "M").get("suppressed").asBoolean()).isTrue();
		assertThat(cell(bySex, "M").get("reason").asString()).isEqualTo("COMPLEMENTARY");
		assertThat(cell(bySex, "X").asInt()).isZero();
		assertThat(bySex.get("columnTotals").get(0).asInt()).isEqualTo(12);
		assertThat(bySex.toString()).doesNotContain(":3", ":9", "[3]", "[9]");
		for (String table : List.of("byCountryOfOrigin", "byAgeBand", "bySex", "byScreening")) {
			assertNoLoneWithheldCell(dashboard.get("children").get(table));
		}
		assertThat(dashboard.get("figuresAsOf").asString()).isNotBlank();
		assertThat(dashboard.get("threshold").asInt()).isEqualTo(5);

		// Fewer than five children in all: every table is withheld whole.
		children.register("NR", "F", 1998, FEBRUARY_2011);
		children.register("NR", "M", 1998, FEBRUARY_2011);
		refresh.refreshNow();
		JsonNode few = statistics("?period=2011&country=NR");
		assertThat(few.get("children").get("total").get("reason").asString()).isEqualTo("WITHHELD");
		assertThat(few.get("children").get("bySex").toString()).doesNotContain("SMALL_COUNT", ":2", ":1");
	}

	@Test
	void returnsAreCountedWithTheirSafeguardsTimesAndReIdentification() {
		// One country's figures depend on every country's small counts in the period (they are suppressed
		// together), so the cohort is identified in a year of its own: three years back, before the demo data's
		// oldest cases (DemoCaseWriter.span: 480 days at most), long before the children other tests register today.
		LocalDate identified = LocalDate.of(LocalDate.now().getYear() - 3, 1, 10);
		int days = (int) java.time.temporal.ChronoUnit.DAYS.between(identified, LocalDate.now());
		List<String> returned = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = children.register("KI", "M", LocalDate.now().getYear() - 13, identified);
			children.returnHome(id, identified, 2 + i, "KI");
			returned.add(id);
		}
		// A child who is still waiting for a guardian, screened with indicators of labour exploitation.
		String waiting = children.register("KI", "F", LocalDate.now().getYear() - 15, identified);
		children.screen(waiting, "{\"LABOUR\": [\"NO_OR_LITTLE_PAY\"]}", identified);
		// And four waiting children screened with indicators of sexual exploitation: five with indicators in all,
		// so that the table of forms is published (withheld whole below five) with its small counts withheld.
		for (int i = 0; i < 4; i++) {
			String screened = children.register("KI", "F", LocalDate.now().getYear() - 16, identified);
			children.screen(screened, "{\"SEXUAL\": [\"ADVERTISED_ONLINE\"]}", identified);
		}
		// After the return, partners' identity queries matched every returned child: the re-trafficking signal.
		returned.forEach(this::matchedByPartnerQuery);
		refresh.refreshNow();

		JsonNode dashboard = statistics("?period=" + identified.getYear() + "&country=KI");

		assertThat(dashboard.get("children").get("total").asInt()).isEqualTo(10);
		assertThat(indicator(dashboard, "RETURNS").get("count").asInt()).isEqualTo(5);
		assertThat(indicator(dashboard, "RETURN_WITHOUT_ACCEPTED_CARE_PLAN").get("count").asInt()).isZero();
		assertThat(indicator(dashboard, "RETURN_WITHOUT_GUARDIANSHIP_HANDOVER").get("count").asInt()).isZero();
		assertThat(indicator(dashboard, "RETURNED_AFTER_TURNING_18").get("count").asInt()).isZero();
		assertThat(indicator(dashboard, "REIDENTIFIED_AFTER_RETURN").get("count").asInt()).isEqualTo(5);
		assertThat(indicator(dashboard, "REIDENTIFIED_AFTER_RETURN").get("outOf").asInt()).isEqualTo(5);
		// No follow-up is scheduled yet for any of the five.
		assertThat(indicator(dashboard, "RETURN_WITHOUT_FOLLOW_UP").get("count").asInt()).isEqualTo(5);
		assertThat(indicator(dashboard, "MISSING_NOW").get("count").asInt()).isZero();

		JsonNode guardian = timing(dashboard, "GUARDIAN_APPOINTED");
		assertThat(guardian.get("reached").asInt()).isEqualTo(5);
		// Guardians appointed 2, 3, 4, 5 and 6 days after identification.
		assertThat(guardian.get("lowerQuartile").asInt()).isEqualTo(3);
		assertThat(guardian.get("median").asInt()).isEqualTo(4);
		assertThat(guardian.get("upperQuartile").asInt()).isEqualTo(5);
		assertThat(timing(dashboard, "BID").get("median").asInt()).isEqualTo(days);
		assertThat(timing(dashboard, "DURABLE_SOLUTION").get("median").asInt()).isEqualTo(days);

		JsonNode exploitation = dashboard.get("children").get("byExploitationType");
		assertThat(cell(exploitation, "LABOUR").get("reason").asString()).isEqualTo("SMALL_COUNT");
		assertThat(cell(exploitation, "SEXUAL").get("reason").asString()).isEqualTo("SMALL_COUNT");
		assertThat(cell(exploitation, "FORCED_BEGGING").asInt()).isZero();
		assertThat(exploitation.has("columnTotals")).isFalse();
	}

	@Test
	void requestsAreCountedByTypeAndCountriesAndAgainstTheirDeadlines() {
		String caseId = children.register("PW", "F", 2000, FEBRUARY_2011);
		UUID partner = partner("LV");
		LocalDate sent = FEBRUARY_2011.plusDays(3);
		// Seven requests for information to Latvia, due in a month: 3 answered in time, 2 late, 2 never.
		for (int i = 0; i < 7; i++) {
			Integer answeredAfter = i < 3 ? Integer.valueOf(10) : i < 5 ? Integer.valueOf(40) : null;
			request(caseId, partner, "INFORMATION", sent, sent.plusMonths(1), answeredAfter);
		}
		refresh.refreshNow();

		// One country's requests are not published (set against all countries' they would give small counts away).
		assertThat(statistics("?period=2011&country=PW").has("requests")).isFalse();
		JsonNode requests = statistics("?period=2011").get("requests");

		JsonNode pairs = requests.get("byTypeAndCountryPair");
		assertThat(pairs.get("columns").get(0).asString()).isEqualTo("SE-LV");
		assertThat(cell(pairs, "INFORMATION", "SE-LV").asInt()).isEqualTo(7);
		JsonNode deadlines = requests.get("deadlines");
		assertThat(cell(deadlines, "INFORMATION", "ANSWERED_IN_TIME").get("reason").asString()).isEqualTo("SMALL_COUNT");
		assertThat(cell(deadlines, "INFORMATION", "ANSWERED_LATE").get("reason").asString()).isEqualTo("SMALL_COUNT");
		assertThat(cell(deadlines, "INFORMATION", "OPEN_PAST_DEADLINE").get("reason").asString())
			.isEqualTo("SMALL_COUNT");
		assertThat(deadlines.get("total").asInt()).isEqualTo(7);
		assertThat(deadlines.toString()).doesNotContain(":3", ":2", "[3", "[2", ",3", ",2");
		JsonNode days = requests.get("daysToAnswer").valueStream()
			.filter(t -> t.get("measure").asString().equals("INFORMATION"))
			.findFirst()
			.orElseThrow();
		assertThat(days.get("median").asInt()).isEqualTo(10);
		assertThat(days.has("reached")).isFalse();
	}

	@Test
	void onlyAnalystsMaySeeTheFiguresAndEveryLookIsAudited() {
		HttpTestClient caseworker = client().withToken("caseworker.se", PASSWORD);
		HttpResponse<String> refused = caseworker.get("/api/v1/statistics?country=TV");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(HttpTestClient.json(refused).get("code").asString()).isEqualTo("forbidden");
		assertThat(caseworker.get("/api/v1/statistics/export.csv").statusCode()).isEqualTo(403);
		assertThat(client().get("/api/v1/statistics").statusCode()).isEqualTo(401);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit.audit_entry WHERE actor = 'caseworker.se' AND action = 'ACCESS_DENIED'
				AND details LIKE 'GET /api/v1/statistics%'""").query(Long.class).single()).isGreaterThanOrEqualTo(2);

		statistics("?period=2011&country=TV");
		assertThat(jdbc.sql("""
				SELECT details FROM audit.audit_entry WHERE actor = ? AND action = 'STATISTICS_READ' ORDER BY seq DESC LIMIT 1""")
			.param(analystName)
			.query(String.class)
			.single()).isEqualTo("period=2011 country=TV");
	}

	@Test
	void badInputIsNamedFieldByFieldInProblemJson() {
		HttpResponse<String> response = analyst.get("/api/v1/statistics?from=2026-13-01&to=yesterday&country=ZZ");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = HttpTestClient.json(response);
		assertThat(problem.get("code").asString()).isEqualTo("validation-failed");
		assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
			.containsExactlyInAnyOrder("from", "to", "country");
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();

		for (String period : List.of("2026-13", "2026-Q5", "2026-1", "26", "2025-12-01", "last-year")) {
			assertThat(refusedFields("?period=" + period)).as(period).containsExactly("period");
		}
		// Not over yet: it grows day by day, and yesterday's answer subtracted from today's would be today's children.
		assertThat(refusedFields("?period=" + LocalDate.now().getYear())).containsExactly("period");
		assertThat(refusedFields("?period=2025-11&country=SE")).containsExactly("country");
		assertThat(refusedFields("?period=2025-Q4&country=SE")).containsExactly("country");
		assertThat(analyst.get("/api/v1/statistics/export.csv?country=Sweden").statusCode()).isEqualTo(400);
	}

	@Test
	void freeDateRangesAreRefusedWithProblemJsonNamingTheParameter() {
		for (String path : List.of("/api/v1/statistics", "/api/v1/statistics/export.csv", "/api/v1/statistics/export.xlsx")) {
			HttpResponse<String> response = analyst.get(path + "?from=2025-12-02&to=2025-12-31");
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
				.startsWith("application/problem+json");
			JsonNode problem = HttpTestClient.json(response);
			assertThat(problem.get("code").asString()).isEqualTo("validation-failed");
			assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
				.containsExactly("from", "to");
			assertThat(problem.get("errors").get(0).get("message").asString())
				.isEqualTo("Free date ranges are not offered: choose a year, a quarter or a month.");
		}
		// A range with a period beside it is refused too, not quietly narrowed to the period.
		assertThat(refusedFields("?period=2025-12&from=2025-12-02")).containsExactly("from");
	}

	@Test
	void aMonthOrAQuarterHasOnlyTheNumbersOfChildrenAndRequests() {
		for (String period : List.of("2011-02", "2011-Q1")) {
			JsonNode dashboard = statistics("?period=" + period);
			assertThat(dashboard.get("period").asString()).isEqualTo(period);
			assertThat(dashboard.get("children").has("total")).isTrue();
			assertThat(dashboard.get("children").has("byAgeBand")).isFalse();
			assertThat(dashboard.get("requests").has("total")).isTrue();
			assertThat(dashboard.get("requests").has("byTypeAndCountryPair")).isFalse();
			assertThat(dashboard.has("failureModes")).isFalse();
			assertThat(dashboard.has("timeFromIdentification")).isFalse();
		}
		JsonNode year = statistics("?period=2011");
		assertThat(year.get("from").asString()).isEqualTo("2011-01-01");
		assertThat(year.get("to").asString()).isEqualTo("2011-12-31");
		assertThat(year.get("children").has("byAgeBand")).isTrue();
	}

	private List<String> refusedFields(String query) {
		HttpResponse<String> response = analyst.get("/api/v1/statistics" + query);
		assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
		return HttpTestClient.json(response).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
	}

	@Test
	void theExportsHoldTheSameSuppressedTables() throws Exception {
		for (int i = 0; i < 8; i++) {
			children.register("TO", i < 2 ? "F" : "M", 1999, FEBRUARY_2011.plusDays(10));
		}
		refresh.refreshNow();
		String query = "?period=2011&country=TO";

		HttpResponse<String> csv = analyst.get("/api/v1/statistics/export.csv" + query);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
			.contains("attachment", "protect-statistics-2011-TO.csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).contains("Children by sex", "Female,<5", "Male,x", "Total,8");
		assertThat(csv.body()).doesNotContain("Female,2", "Male,6");

		var bytes = HttpClient.newHttpClient()
			.send(analyst.request("/api/v1/statistics/export.xlsx" + query).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bytes.statusCode()).isEqualTo(200);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.body()))) {
			Sheet sex = workbook.getSheet("Children by sex");
			assertThat(sex).isNotNull();
			List<String> rows = new ArrayList<>();
			for (Row row : sex) {
				StringBuilder line = new StringBuilder();
				row.forEach(cell -> line.append(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
						? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue()).append('|'));
				rows.add(line.toString());
			}
			assertThat(rows).contains("Female|<5|", "Male|x|", "Total|8|");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE actor = ? AND action = 'STATISTICS_EXPORTED'")
			.param(analystName)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	// --- fixtures ---

	/** Inserts what a partner's identity query leaves when it matches a case: the case was known again. */
	private void matchedByPartnerQuery(String caseId) {
		UUID partner = partner("NZ");
		UUID query = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO cooperation.identity_query (id, conversation_id, direction, partner_node, message_id, state,
				  outcome, created_at, created_by, answered_at)
				VALUES (?, ?, 'INCOMING', ?, ?, 'ANSWERED', 'POSSIBLE_MATCH', ?, 'test', ?)""")
			.params(query, UUID.randomUUID(), partner, UUID.randomUUID(), now, now)
			.update();
		jdbc.sql("""
				INSERT INTO cooperation.identity_query_match (reference, query_id, case_id, case_number, dice, created_at)
				VALUES (?, ?, ?, 'SE-TEST', 0.93, ?)""")
			.params("NZ-IQ-" + UUID.randomUUID(), query, UUID.fromString(caseId), now)
			.update();
	}

	private UUID partner(String country) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO cooperation.partner (node_id, country, name, base_url, fingerprint, keys, status,
				  created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, 'synthetic', '{"keys":[]}', 'ACTIVE', ?, 'test', ?, 'test')""")
			.params(id, country, "Synthetic " + country + " node", "http://127.0.0.1:9/statistics-" + id, now, now)
			.update();
		return id;
	}

	/** A request this node sent, as the cooperation module records it, with its answer when there is one. */
	private void request(String caseId, UUID partner, String type, LocalDate sent, LocalDate deadline,
			Integer answeredAfterDays) {
		UUID id = UUID.randomUUID();
		Timestamp sentAt = Timestamp.from(sent.atTime(10, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
		String state = answeredAfterDays == null ? "OVERDUE" : "ANSWERED";
		jdbc.sql("""
				INSERT INTO cooperation.request (id, conversation_id, type, direction, partner_node, case_id, legal_basis,
				  state, send_rule, deadline, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, 'OUTGOING', ?, ?, 'Hague 1996 art. 32', ?, 'TEAM', ?, ?, 'test', ?, 'test')""")
			.params(id, UUID.randomUUID(), type, partner, UUID.fromString(caseId), state, java.sql.Date.valueOf(deadline),
					sentAt, sentAt)
			.update();
		message(id, "OUTGOING", "REQUEST", sentAt);
		if (answeredAfterDays != null) {
			message(id, "INCOMING", "ANSWER",
					Timestamp.from(sentAt.toInstant().plus(java.time.Duration.ofDays(answeredAfterDays))));
		}
	}

	private void message(UUID request, String direction, String kind, Timestamp at) {
		jdbc.sql("""
				INSERT INTO cooperation.request_message (id, request_id, message_id, direction, kind, payload, created_at,
				  created_by)
				VALUES (?, ?, ?, ?, ?, '{}', ?, 'test')""")
			.params(UUID.randomUUID(), request, UUID.randomUUID(), direction, kind, at)
			.update();
	}

	private static JsonNode cell(JsonNode table, String row) {
		return cell(table, row, table.get("columns").get(0).asString());
	}

	private static JsonNode cell(JsonNode table, String row, String column) {
		int i = index(table.get("rows"), row);
		int j = index(table.get("columns"), column);
		assertThat(i).as("row %s in %s", row, table.get("rows")).isNotNegative();
		assertThat(j).as("column %s in %s", column, table.get("columns")).isNotNegative();
		return table.get("cells").get(i).get(j);
	}

	private static int index(JsonNode array, String value) {
		for (int i = 0; i < array.size(); i++) {
			if (array.get(i).asString().equals(value)) {
				return i;
			}
		}
		return -1;
	}

	private static JsonNode indicator(JsonNode dashboard, String code) {
		return dashboard.get("failureModes").valueStream()
			.filter(i -> i.get("code").asString().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode timing(JsonNode dashboard, String measure) {
		return dashboard.get("timeFromIdentification").valueStream()
			.filter(t -> t.get("measure").asString().equals(measure))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * In a one-way table whose total is published, a withheld cell never stands alone: with one alone, the
	 * total minus the published cells would be its value.
	 */
	private static void assertNoLoneWithheldCell(JsonNode table) {
		long withheld = table.get("cells").valueStream().filter(row -> row.get(0).isObject()).count();
		assertThat(withheld).as(table.toString()).isNotEqualTo(1);
	}

}
