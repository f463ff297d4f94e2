package org.protect.cases.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.protect.cases.BestInterestsAssessment;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.BiaElement;
import org.protect.cases.CarePlan;
import org.protect.cases.Closure;
import org.protect.cases.ClosureOutcome;
import org.protect.cases.DurableSolution;
import org.protect.cases.FamilyAssessment;
import org.protect.cases.FollowUp;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.Guardianship;
import org.protect.cases.RiskAssessment;
import org.protect.cases.RiskConclusion;
import org.protect.cases.Screening;

/**
 * The part documents of generated cases: the JSON of real part records, made once with placeholder dates
 * and country, then stamped per case in SQL. Each stage gets the parts its gates ask for, so that every
 * generated case could move on as far as its stage (a return's plan is accepted, its receiving guardian
 * has accepted responsibility, its hand-over is arranged).
 */
final class PartTemplates {

	/** Placeholders: the day of identification, five and fifteen days later, 30 and 90 days from today. */
	private static final LocalDate IDENTIFIED = LocalDate.of(1901, 1, 1);

	private static final LocalDate EARLY = LocalDate.of(1901, 1, 2);

	private static final LocalDate LATER = LocalDate.of(1901, 1, 3);

	private static final LocalDate SOON = LocalDate.of(1901, 1, 4);

	private static final LocalDate REVIEW = LocalDate.of(1901, 1, 5);

	private static final String COUNTRY = "ZZ";

	private PartTemplates() {
	}

	/** A template: the part, the stages it is on file at, for which cases (null: all; true: returns), its JSON. */
	private record Template(String part, int fromStage, int toStage, Boolean leaves, Object document) {
	}

	static void insertParts(CaseLoadGenerator.Sql sql) throws SQLException {
		JsonMapper json = JsonMapper.builder().build();
		var guardian = new Guardianship.Guardian("Synthetic guardian", "Guardianship office", EARLY, "Decision 1/2026");
		var receiving = new Guardianship.ReceivingGuardian("Municipal child protection unit", COUNTRY, LATER,
				"Acceptance 7/2026", null);
		var approval = new BestInterestsDetermination.Approval("bench.supervisor.001", Instant.parse("2026-01-01T10:00:00Z"));
		var panel = List.of(new BestInterestsDetermination.PanelMember("Synthetic social worker", "Social worker", null, true),
				new BestInterestsDetermination.PanelMember("Synthetic psychologist", "Psychologist", null, true));
		List<Template> templates = List.of(
				new Template("SCREENING", 0, 8, null, new Screening(Map.of(), "Shelter, food, interpreter.",
						"Border guard", IDENTIFIED)),
				new Template("GUARDIANSHIP", 1, 8, false, new Guardianship(guardian, true, null, List.of(), null)),
				new Template("GUARDIANSHIP", 1, 4, true, new Guardianship(guardian, true, null, List.of(), null)),
				new Template("GUARDIANSHIP", 5, 8, true, new Guardianship(guardian, true, null, List.of(), receiving)),
				new Template("RISK_ASSESSMENT", 3, 8, false, new RiskAssessment(RiskConclusion.NOT_APPLICABLE, null,
						"Only integration was considered.", null, false, LATER, "Synthetic caseworker")),
				new Template("RISK_ASSESSMENT", 3, 8, true, new RiskAssessment(RiskConclusion.FOR_RETURN, COUNTRY,
						"No threat known at the destination.", "Contact through the receiving agency.", false, LATER,
						"Synthetic caseworker")),
				new Template("BEST_INTERESTS_ASSESSMENT", 3, 8, null, new BestInterestsAssessment(
						Map.of(BiaElement.EDUCATION, "Attends school."), "I want to be safe and go to school.", false,
						List.of("The child", "The guardian"), LATER)),
				new Template("FAMILY_ASSESSMENT", 3, 8, true, new FamilyAssessment("Municipal child protection unit",
						COUNTRY, LATER, "The family is willing and able to care for the child.")),
				new Template("BEST_INTERESTS_DETERMINATION", 4, 8, false, determination(panel,
						DurableSolution.INTEGRATION_HERE, approval)),
				new Template("BEST_INTERESTS_DETERMINATION", 4, 8, true, determination(panel,
						DurableSolution.RETURN_FAMILY_REUNIFICATION, approval)),
				new Template("CARE_PLAN", 5, 8, false, new CarePlan(List.of("School and a stable home"), List.of(),
						"Municipal social services", null, null, false, null, null, null, false, REVIEW, null)),
				new Template("CARE_PLAN", 5, 8, true, new CarePlan(List.of("Reunite safely with the family"), List.of(),
						"Municipal social services", "Municipal child protection unit", COUNTRY, false, SOON,
						"The guardian and a social worker", "The receiving agency's office", true, REVIEW,
						new CarePlan.Acceptance(LATER, "Letter 12/2026", "bench.caseworker.001"))),
				new Template("FOLLOW_UPS", 7, 7, null, new FollowUpSchedule(List.of(FollowUp.due(SOON), FollowUp.due(REVIEW)))),
				new Template("FOLLOW_UPS", 8, 8, null, new FollowUpSchedule(List.of(FollowUp.due(LATER).doneOn(LATER),
						FollowUp.due(SOON).waived("Settled; the review waived it.")))),
				new Template("CLOSURE", 8, 8, false, new Closure(ClosureOutcome.DURABLE_SOLUTION_REACHED, null, null, LATER)),
				new Template("CLOSURE", 8, 8, true, new Closure(ClosureOutcome.HANDED_OVER_TO_ANOTHER_COUNTRY,
						"Municipal child protection unit", COUNTRY, LATER)));
		sql.exec("CREATE TEMP TABLE bench_template (part text, from_stage int, to_stage int, leaves boolean, document text)");
		for (Template t : templates) {
			sql.exec("INSERT INTO bench_template VALUES ('%s', %d, %d, %s, $json$%s$json$)".formatted(t.part(),
					t.fromStage(), t.toStage(), t.leaves(), json.writeValueAsString(t.document())));
		}
		sql.exec("""
				INSERT INTO cases.case_part (case_id, part, document, version, created_at, created_by, updated_at, updated_by)
				SELECT b.id, t.part,
				  replace(replace(replace(replace(replace(replace(t.document,
				    '"%s"', to_json(b.identified_on)::text), '"%s"', to_json(b.identified_on + 5)::text),
				    '"%s"', to_json(b.identified_on + 15)::text), '"%s"', to_json(current_date + 30)::text),
				    '"%s"', to_json(current_date + 90)::text), '"%s"', to_json(b.origin::text)::text)::jsonb,
				  1, b.identified_on::timestamptz, 'bench', b.identified_on::timestamptz, 'bench'
				FROM bench_case b JOIN bench_template t
				  ON b.stage BETWEEN t.from_stage AND t.to_stage AND (t.leaves IS NULL OR t.leaves = b.leaves)"""
			.formatted(IDENTIFIED, EARLY, LATER, SOON, REVIEW, COUNTRY));
	}

	private static BestInterestsDetermination determination(List<BestInterestsDetermination.PanelMember> panel,
			DurableSolution decision, BestInterestsDetermination.Approval approval) {
		DurableSolution other = decision == DurableSolution.INTEGRATION_HERE ? DurableSolution.RETURN_FAMILY_REUNIFICATION
				: DurableSolution.INTEGRATION_HERE;
		return new BestInterestsDetermination(panel,
				List.of(new BestInterestsDetermination.OptionConsidered(decision, "Safe and what the child wants.", "A move."),
						new BestInterestsDetermination.OptionConsidered(other, "Continuity.", "Against the child's views.")),
				decision, "The assessments agree.", null, LATER, REVIEW, approval);
	}

}
