package org.protect.cases.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.protect.cases.AgeAssessment;
import org.protect.cases.AgeAssessmentStatus;
import org.protect.cases.BestInterestsAssessment;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.BiaElement;
import org.protect.cases.CarePlan;
import org.protect.cases.CasePart;
import org.protect.cases.ConsentSource;
import org.protect.cases.DurableSolution;
import org.protect.cases.ExploitationType;
import org.protect.cases.FamilyAssessment;
import org.protect.cases.FollowUp;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.Guardianship;
import org.protect.cases.MissingReport;
import org.protect.cases.PlacementConsent;
import org.protect.cases.RiskAssessment;
import org.protect.cases.RiskConclusion;
import org.protect.cases.Screening;

/**
 * Reads the document of a case part from its form on the case page. The field names are those the service
 * names its problems by ({@code guardian.name}, {@code panel[0].role}), so that each problem is shown beside
 * its field. What the node keeps itself (approvals, acceptances, earlier guardians) is never read from a form.
 */
final class PartForms {

	/** Blank rows offered for adding to a list (panel members, options, goals, services, follow-ups). */
	static final int BLANK_ROWS = 3;

	private PartForms() {
	}

	static Object read(CasePart part, FormValues form) {
		return switch (part) {
			case SCREENING -> screening(form);
			case AGE_ASSESSMENT -> new AgeAssessment(form.choice("status", AgeAssessmentStatus.class),
					form.text("doubtReason"), form.text("method"), form.text("assessedBy"), form.integer("minimumAge"),
					form.integer("maximumAge"), form.date("assessedOn"), form.ticked("benefitOfDoubtApplied"),
					form.text("appeal"));
			case GUARDIANSHIP -> guardianship(form);
			case RISK_ASSESSMENT -> new RiskAssessment(form.choice("conclusion", RiskConclusion.class),
					form.upper("destinationCountry"), form.text("risksFound"), form.text("familyContactRisk"),
					form.ticked("disclosureEndangers"), form.date("assessedOn"), form.text("assessedBy"));
			case BEST_INTERESTS_ASSESSMENT -> bia(form);
			case FAMILY_ASSESSMENT -> new FamilyAssessment(form.text("assessedBy"), form.upper("country"),
					form.date("receivedOn"), form.text("findings"));
			case BEST_INTERESTS_DETERMINATION -> bid(form);
			case CARE_PLAN -> carePlan(form);
			case PLACEMENT_CONSENT -> placementConsent(form);
			case FOLLOW_UPS -> followUps(form);
			case MISSING -> new MissingReport(form.ticked("missing"), form.date("reportedOn"), form.text("circumstances"),
					form.date("foundOn"));
			// The closure is given with the move to CLOSED, never saved as a part.
			case CLOSURE -> throw new IllegalArgumentException("the closure is recorded by the transition");
		};
	}

	private static Screening screening(FormValues form) {
		Map<ExploitationType, List<String>> indicators = new EnumMap<>(ExploitationType.class);
		for (ExploitationType type : ExploitationType.values()) {
			List<String> found = form.all("indicators." + type.name());
			if (!found.isEmpty()) {
				indicators.put(type, found);
			}
		}
		return new Screening(indicators, form.text("immediateNeeds"), form.text("referralSource"),
				form.date("screenedOn"));
	}

	private static Guardianship guardianship(FormValues form) {
		Guardianship.Guardian guardian = null;
		if (anyText(form, "guardian.name", "guardian.organisation", "guardian.appointedOn",
				"guardian.decisionReference")) {
			guardian = new Guardianship.Guardian(form.text("guardian.name"), form.text("guardian.organisation"),
					form.date("guardian.appointedOn"), form.text("guardian.decisionReference"));
		}
		Guardianship.ReceivingGuardian receiving = null;
		if (anyText(form, "receiving.nameOrAuthority", "receiving.country", "receiving.acceptedOn",
				"receiving.reference", "receiving.handedOverOn")) {
			receiving = new Guardianship.ReceivingGuardian(form.text("receiving.nameOrAuthority"),
					form.upper("receiving.country"), form.date("receiving.acceptedOn"), form.text("receiving.reference"),
					form.date("receiving.handedOverOn"));
		}
		return new Guardianship(guardian, form.ticked("independenceConfirmed"), form.text("replacementReason"), null,
				receiving);
	}

	private static BestInterestsAssessment bia(FormValues form) {
		Map<BiaElement, String> findings = new EnumMap<>(BiaElement.class);
		for (BiaElement element : BiaElement.values()) {
			String finding = form.text("findings." + element.name());
			if (finding != null) {
				findings.put(element, finding);
			}
		}
		return new BestInterestsAssessment(findings, form.text("childViews"), form.ticked("childChoseNotToGiveViews"),
				form.lines("participants"), form.date("assessedOn"));
	}

	private static BestInterestsDetermination bid(FormValues form) {
		List<BestInterestsDetermination.PanelMember> panel = new ArrayList<>();
		for (FormValues row : form.rows("panel", "name", "role", "username", "noConflictDeclared")) {
			panel.add(new BestInterestsDetermination.PanelMember(row.text("name"), row.text("role"), row.text("username"),
					row.ticked("noConflictDeclared")));
		}
		List<BestInterestsDetermination.OptionConsidered> options = new ArrayList<>();
		for (FormValues row : form.rows("options", "solution", "reasonsFor", "reasonsAgainst")) {
			options.add(new BestInterestsDetermination.OptionConsidered(row.choice("solution", DurableSolution.class),
					row.text("reasonsFor"), row.text("reasonsAgainst")));
		}
		return new BestInterestsDetermination(panel, options, form.choice("decision", DurableSolution.class),
				form.text("reasons"), form.text("dissent"), form.date("decidedOn"), form.date("reviewOn"), null);
	}

	private static CarePlan carePlan(FormValues form) {
		List<CarePlan.PlannedService> services = new ArrayList<>();
		for (FormValues row : form.rows("services", "description", "organisation", "country", "startsOn", "endsOn")) {
			services.add(new CarePlan.PlannedService(row.text("description"), row.text("organisation"),
					row.upper("country"), row.date("startsOn"), row.date("endsOn")));
		}
		return new CarePlan(form.lines("goals"), services, form.text("responsibleHere"), form.text("receivingAgency"),
				form.upper("receivingCountry"), form.ticked("placementInCareAbroad"), form.date("plannedReturnDate"),
				form.text("escort"), form.text("handoverPlace"), form.ticked("handoverArranged"), form.date("reviewOn"),
				null);
	}

	private static PlacementConsent placementConsent(FormValues form) {
		ConsentSource source = form.choice("source", ConsentSource.class);
		// The record type refuses a missing source; the service names the field instead.
		return new PlacementConsent(source == null ? ConsentSource.NOTED_WITHOUT_ANSWER : source,
				form.text("reference"), form.date("receivedOn"));
	}

	private static FollowUpSchedule followUps(FormValues form) {
		List<FollowUp> followUps = new ArrayList<>();
		List<FormValues> rows = form.rows("followUps", "dueOn", "doneOn", "waiverReason");
		for (int i = 0; i < rows.size(); i++) {
			FormValues row = rows.get(i);
			var due = row.date("dueOn");
			if (due == null) {
				// FollowUp requires its due date: name the field rather than fail.
				row.requireLater("dueOn");
				continue;
			}
			followUps.add(new FollowUp(due, row.date("doneOn"), row.text("waiverReason")));
		}
		return new FollowUpSchedule(followUps);
	}

	private static boolean anyText(FormValues form, String... names) {
		for (String name : names) {
			if (form.text(name) != null) {
				return true;
			}
		}
		return false;
	}

	/** Rows to show: those on record, then blank ones for adding. */
	static <T> List<T> withBlankRows(List<T> rows) {
		List<T> padded = new ArrayList<>(rows == null ? List.of() : rows);
		for (int i = 0; i < BLANK_ROWS; i++) {
			padded.add(null);
		}
		return padded;
	}

}
