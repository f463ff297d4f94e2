package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo children: a demo node starts with about sixty synthetic children at every stage, with every
 * alert raised and every refusal of a return visible, as the demo supervisor sees them.
 */
class CaseDemoDataIntegrationTests extends IntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	/** Read once: the demo cases do not change (no test touches them, their ids are unknown to others). */
	private static final List<JsonNode> demoCases = new ArrayList<>();

	private HttpTestClient supervisor;

	@BeforeEach
	void readTheDemoCasesAsTheSupervisor() {
		supervisor = client().withToken("supervisor.se", PASSWORD);
		if (!demoCases.isEmpty()) {
			return;
		}
		// Other tests add cases to the shared node; the demo's are those made before its audit entry.
		List<UUID> ids = jdbc.sql("""
				SELECT id FROM cases.child_case
				WHERE created_at <= (SELECT occurred_at FROM audit.audit_entry WHERE action = 'DEMO_CASES_CREATED')
				ORDER BY case_number""").query(UUID.class).list();
		for (UUID id : ids) {
			var response = supervisor.get("/api/v1/cases/" + id);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			demoCases.add(HttpTestClient.json(response));
		}
	}

	@Test
	void aDemoNodeHasAboutSixtyChildrenAtEveryStage() {
		assertThat(demoCases).hasSizeBetween(55, 65);
		Set<CaseStage> stages = demoCases.stream()
			.map(c -> CaseStage.valueOf(c.get("stage").asString()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStage.class)));
		assertThat(stages).containsExactlyInAnyOrder(CaseStage.values());
		// A few wait at intake for the supervisor to assign them; the supervisor is on the team of the others.
		assertThat(demoCases).filteredOn(c -> "EXISTENCE".equals(c.get("access").asString())).hasSizeBetween(2, 5);
		assertThat(demoCases).filteredOn(c -> !c.get("disclosures").isEmpty()).isNotEmpty();
	}

	@Test
	void everyAlertIsRaisedSomewhere() {
		Set<CaseAlert> alerts = demoCases.stream()
			.flatMap(c -> c.get("alerts").valueStream())
			.map(alert -> CaseAlert.valueOf(alert.asString()))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseAlert.class)));
		assertThat(alerts).containsExactlyInAnyOrder(CaseAlert.values());
	}

	@Test
	void eachReturnSafeguardHoldsOneCaseBackOnItsOwn() {
		List<String> refusals = new ArrayList<>();
		for (JsonNode c : demoCases) {
			if (!"TEAM".equals(c.get("access").asString()) || c.get("nextStage").isNull()) {
				continue;
			}
			String next = c.get("nextStage").asString();
			var unmet = HttpTestClient.json(supervisor.get("/api/v1/cases/" + c.get("id").asString()
					+ "/unmet-safeguards?to=" + next)).get("unmetSafeguards");
			if (unmet.size() == 1) {
				refusals.add(c.get("stage").asString() + "->" + next + ": " + unmet.get(0).asString());
			}
		}
		assertThat(refusals).contains("IDENTIFIED->PROTECTED: NO_GUARDIAN",
				"DETERMINED->PLANNED: NO_RECEIVING_GUARDIAN", "DETERMINED->PLANNED: TURNS_18_BEFORE_RETURN",
				"DETERMINED->PLANNED: NO_PLACEMENT_CONSENT", "PLANNED->IMPLEMENTED: RISK_AGAINST_RETURN",
				"FOLLOWED_UP->CLOSED: FOLLOW_UPS_OUTSTANDING");
	}

	@Test
	void aSupervisorsOverrideOfTheComingOfAgeIsOnRecord() {
		assertThat(demoCases).anySatisfy(c -> assertThat(c.get("transitions").valueStream()
			.flatMap(t -> t.get("overrides").valueStream())
			.map(o -> o.get("safeguard").asString())).contains("TURNS_18_BEFORE_RETURN"));
	}

	@Test
	void namesAreWrittenInLatinCyrillicAndArabicScript() {
		List<String> names = demoCases.stream()
			.filter(c -> c.hasNonNull("child"))
			.map(c -> c.get("child").get("displayName").asString())
			.toList();
		Map<String, Long> byScript = names.stream().collect(Collectors.groupingBy(name -> {
			if (name.matches(".*\\p{IsCyrillic}.*")) {
				return "Cyrillic";
			}
			return name.matches(".*\\p{IsArabic}.*") ? "Arabic" : "Latin";
		}, Collectors.counting()));
		assertThat(byScript.keySet()).containsExactlyInAnyOrder("Latin", "Cyrillic", "Arabic");
		assertThat(byScript.get("Cyrillic") + byScript.get("Arabic")).isGreaterThanOrEqualTo(8);
		// Names are combinations, never the same child twice.
		assertThat(names).doesNotHaveDuplicates();
	}

}
