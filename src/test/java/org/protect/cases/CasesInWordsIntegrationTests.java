package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.protect.accounts.Role;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Words, not codes: every page a person reads about a case (the case page with all its sections and the
 * timeline, the summary, the possible matches, the court report) for a demo case at every stage, in every
 * language, shows no internal code (an enum's name such as {@code CHILD_STATEMENT} or
 * {@code SUPERVISOR}, or a transition written {@code IDENTIFIED->PROTECTED}).
 */
class CasesInWordsIntegrationTests extends IntegrationTest {

	private static final List<String> LANGUAGES = List.of("en", "sv", "lv", "lt");

	/** What an enum's name looks like: capitals joined by underscores. */
	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");

	/** The identity engine's comparison as it comes out of the engine, {@code given_name=exact}. */
	private static final Pattern COMPARISON = Pattern.compile("\\b[a-z][a-z_]*=[a-z_]+\\b");

	/** A word in capitals only, to compare with the names of the values people are shown. */
	private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{4,}\\b");

	/** Enum values that are shown to people, named: a one-word name of one of them is a code that leaked. */
	private static final Set<String> SINGLE_WORD_CODES = singleWordCodes();

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyCasePageOfEveryStageSpeaksInWordsInEveryLanguage() {
		HttpTestClient supervisor = client();
		assertThat(supervisor.signIn("supervisor.se", PASSWORD).statusCode()).isEqualTo(302);
		List<String> offences = new ArrayList<>();
		for (Map.Entry<CaseStage, UUID> demo : oneDemoCasePerStage().entrySet()) {
			UUID id = demo.getValue();
			for (String language : LANGUAGES) {
				for (String path : List.of("/cases/" + id, "/cases/" + id + "/summary", "/cases/" + id + "/matches",
						"/cases/" + id + "/report")) {
					var page = supervisor.get(path + "?lang=" + language);
					assertThat(page.statusCode()).as("%s %s", path, language).isEqualTo(200);
					for (String code : codes(visibleText(page.body()))) {
						offences.add(demo.getKey() + " " + language + " " + path.replace(id.toString(), "{id}") + ": "
								+ code);
					}
				}
			}
		}
		assertThat(offences).as("codes shown to people").isEmpty();
	}

	@Test
	void theAuditPageNamesACaseByItsNumber() {
		UUID id = oneDemoCasePerStage().get(CaseStage.PLANNED);
		String number = jdbc.sql("SELECT case_number FROM cases.child_case WHERE id = ?").param(id).query(String.class).single();
		HttpTestClient admin = client();
		assertThat(admin.signIn("admin", PASSWORD).statusCode()).isEqualTo(302);
		for (String language : LANGUAGES) {
			String text = visibleText(admin.get("/admin/audit?record=" + id + "&lang=" + language).body());
			assertThat(text).as(language).contains(number).doesNotContain(id.toString()).doesNotContain("child_case");
			assertThat(codes(text)).as(language).doesNotContain("CASE_READ", "CASE_PART_SAVED", "CASE_TRANSITION");
		}
	}

	@Test
	void theCheckFindsCodesAndLeavesWordsAlone() {
		assertThat(codes(visibleText("<p title=\"CHILD_STATEMENT\">Moved</p><p>IDENTIFIED->PROTECTED</p>"
				+ "<script>var A_B = 1;</script><td>SUPERVISOR supervisor.se</td><p>BID, SE-2026-000053</p>")))
			.containsExactlyInAnyOrder("->", "IDENTIFIED", "PROTECTED", "SUPERVISOR");
		assertThat(codes(visibleText("<span>CHILD_STATEMENT</span>"))).containsExactly("CHILD_STATEMENT");
		assertThat(codes(visibleText("<td>given_name=exact, surname=phonetic</td>"))).containsExactly("given_name=exact",
				"surname=phonetic");
	}

	/** The first demo case of each stage that the demo supervisor's team holds. */
	private Map<CaseStage, UUID> oneDemoCasePerStage() {
		Map<CaseStage, UUID> cases = new EnumMap<>(CaseStage.class);
		jdbc.sql("""
				SELECT c.id, c.stage FROM cases.child_case c
				WHERE c.created_at <= (SELECT occurred_at FROM audit.audit_entry WHERE action = 'DEMO_CASES_CREATED')
				  AND EXISTS (SELECT 1 FROM cases.case_member m JOIN accounts.app_user u ON u.id = m.user_id
				              WHERE m.case_id = c.id AND u.username = 'supervisor.se')
				ORDER BY c.case_number""")
			.query((rs, n) -> Map.entry(CaseStage.valueOf(rs.getString("stage")), rs.getObject("id", UUID.class)))
			.list()
			.forEach(entry -> cases.putIfAbsent(entry.getKey(), entry.getValue()));
		assertThat(cases.keySet()).containsExactlyInAnyOrder(CaseStage.values());
		return cases;
	}

	/** The text a person sees: no tags, attributes, scripts, styles or comments. */
	static String visibleText(String html) {
		String text = html.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?is)<script.*?</script>", " ")
			.replaceAll("(?is)<style.*?</style>", " ")
			.replaceAll("(?s)<[^>]*>", " ");
		return StringEscapeUtils.unescapeHtml4(text);
	}

	static Set<String> codes(String text) {
		Set<String> found = new TreeSet<>();
		Matcher code = CODE.matcher(text);
		while (code.find()) {
			found.add(code.group());
		}
		Matcher comparison = COMPARISON.matcher(text);
		while (comparison.find()) {
			found.add(comparison.group());
		}
		Matcher word = CAPITALS.matcher(text);
		while (word.find()) {
			if (SINGLE_WORD_CODES.contains(word.group())) {
				found.add(word.group());
			}
		}
		if (text.contains("->")) {
			found.add("->");
		}
		return found;
	}

	private static Set<String> singleWordCodes() {
		Set<String> names = new TreeSet<>();
		Stream.<Enum<?>[]>of(CaseStage.values(), CasePart.values(), FactKind.values(), TeamPart.values(),
				Role.values(), ReferralStatus.values(), MatchDecision.values(), DurableSolution.values(),
				RiskConclusion.values(), CaseAccess.values(), ClosureOutcome.values(), AgeAssessmentStatus.values())
			.flatMap(Stream::of)
			.map(Enum::name)
			.filter(name -> !name.contains("_"))
			.forEach(names::add);
		return names;
	}

}
