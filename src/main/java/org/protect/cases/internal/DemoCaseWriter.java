package org.protect.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.protect.accounts.Colleagues.Colleague;
import org.protect.cases.AgeAssessment;
import org.protect.cases.AgeAssessmentStatus;
import org.protect.cases.BestInterestsAssessment;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.BiaElement;
import org.protect.cases.CarePlan;
import org.protect.cases.CaseFileEditing;
import org.protect.cases.CaseManagement;
import org.protect.cases.CasePart;
import org.protect.cases.CaseStage;
import org.protect.cases.Closure;
import org.protect.cases.ClosureOutcome;
import org.protect.cases.ConsentSource;
import org.protect.cases.DurableSolution;
import org.protect.cases.ExploitationType;
import org.protect.cases.FactKind;
import org.protect.cases.FamilyAssessment;
import org.protect.cases.FollowUp;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.Guardianship;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.MissingReport;
import org.protect.cases.OverrideRequest;
import org.protect.cases.PlacementConsent;
import org.protect.cases.RegisterChildCommand;
import org.protect.cases.RiskAssessment;
import org.protect.cases.RiskConclusion;
import org.protect.cases.Safeguard;
import org.protect.cases.Screening;
import org.protect.cases.TeamPart;
import org.protect.cases.TransitionCommand;
import org.protect.cases.internal.CaseDemoData.Cast;
import org.protect.cases.internal.CaseDemoData.Story;
import org.protect.cases.internal.CaseDemoData.Twist;

/**
 * Writes one demo child's case through the services: registers the child, assembles the team, and walks
 * the case through the real transitions to its stage, recording at each gate what that gate asks for, as
 * the demo users would. Where a story has a twist, the case stops with that safeguard unmet.
 */
final class DemoCaseWriter {

	private static final Map<String, String> LANGUAGES = Map.of("AL", "sq", "XK", "sq", "MA", "ar", "UA", "uk", "VN",
			"vi", "AF", "fa", "SY", "ar", "RO", "ro");

	private final CaseManagement cases;

	private final CaseFileEditing editing;

	private final Cast cast;

	private final DemoPlaces places;

	private final DemoNames names;

	private final Random random;

	private final LocalDate today;

	private final CaseDemoData acting;

	private final Set<String> namesUsed = new HashSet<>();

	DemoCaseWriter(CaseManagement cases, CaseFileEditing editing, Cast cast, DemoPlaces places, DemoNames names,
			Random random, LocalDate today, CaseDemoData acting) {
		this.cases = cases;
		this.editing = editing;
		this.cast = cast;
		this.places = places;
		this.names = names;
		this.random = random;
		this.today = today;
		this.acting = acting;
	}

	/** One child's case as it is being written: who, since when, where they go, and their guardian. */
	private final class Child {

		final Story story;

		final LocalDate identifiedOn;

		final int span;

		final String town;

		final String destination;

		UUID id;

		Guardianship.Guardian guardian;

		Child(Story story) {
			this.story = story;
			this.span = span(story);
			this.identifiedOn = today.minusDays(span);
			this.town = places.towns().get(random.nextInt(places.towns().size()));
			this.destination = story.solution() == DurableSolution.TRANSFER_THIRD_COUNTRY ? "DE" : story.origin();
		}

		/** A day in the case's history: 0 is the day of identification, 1 today. */
		LocalDate day(double fraction) {
			LocalDate day = identifiedOn.plusDays(Math.round(span * fraction));
			return day.isAfter(today) ? today : day;
		}

		boolean leaves() {
			return story.solution() != null && story.solution().leavesTheCountry();
		}

		boolean is(Twist twist) {
			return story.twist() == twist;
		}

		boolean reaches(CaseStage stage) {
			return !stage.isAfter(story.stage());
		}

		String receivingAgency() {
			return ("DE".equals(destination) ? "Youth welfare office, " : "Municipal child protection unit, ")
					+ DemoPlaces.townIn(destination);
		}

	}

	void write(Story story) {
		Child child = new Child(story);
		Colleague registrant = child.is(Twist.UNASSIGNED) ? cast.border() : cast.caseworker();
		child.id = as(registrant, () -> cases.register(registration(child))).id();
		if (child.is(Twist.UNASSIGNED)) {
			return;
		}
		as(cast.supervisor(), () -> {
			cases.addTeamMember(child.id, cast.supervisor().username(), TeamPart.SUPERVISOR);
			cases.addTeamMember(child.id, cast.guardian().username(), TeamPart.GUARDIAN);
			return null;
		});
		save(child, CasePart.SCREENING, screening(child));
		if (!child.reaches(CaseStage.PROTECTED)) {
			return;
		}
		child.guardian = new Guardianship.Guardian(cast.guardian().displayName(), cast.guardian().organisationName(),
				child.day(0.01), "Guardianship decision " + child.identifiedOn.getYear() + "/" + (1000 + random.nextInt(9000)));
		save(child, CasePart.GUARDIANSHIP, new Guardianship(child.guardian, true, null, List.of(), null));
		move(child, CaseStage.PROTECTED, "Screened for trafficking indicators; an independent guardian is appointed.");
		protectedStage(child);
		if (!child.reaches(CaseStage.VERIFIED)) {
			return;
		}
		verify(child);
		if (!child.reaches(CaseStage.ASSESSED)) {
			return;
		}
		assess(child);
		if (!child.reaches(CaseStage.DETERMINED)) {
			return;
		}
		determine(child);
		if (!child.reaches(CaseStage.PLANNED)) {
			heldBeforePlanning(child);
			return;
		}
		LocalDate returnOn = child.reaches(CaseStage.IMPLEMENTED) ? child.day(0.7)
				: child.is(Twist.TURNS_18_OVERRIDDEN) ? today.plusDays(160) : today.plusDays(20 + random.nextInt(40));
		plan(child, returnOn, false, true);
		if (child.is(Twist.TURNS_18_OVERRIDDEN)) {
			as(cast.supervisor(), () -> cases.transition(child.id, new TransitionCommand(CaseStage.PLANNED,
					"Plan complete; the supervisor reviewed the coming of age.", List.of(new OverrideRequest(
							Safeguard.TURNS_18_BEFORE_RETURN,
							"Reviewed with the young person and the guardian: he asks to rejoin his parents, the "
									+ "determination still holds for him as a young adult, and his age is not the reason for the return.")),
					null)));
		}
		else {
			move(child, CaseStage.PLANNED, "Care plan made" + (child.leaves() ? " and accepted by the receiving agency." : "."));
		}
		if (child.is(Twist.RISK_AGAINST_RETURN)) {
			// New information after the plan: the return must now be refused at the gate to implementation.
			save(child, CasePart.RISK_ASSESSMENT, new RiskAssessment(RiskConclusion.AGAINST_RETURN, child.destination,
					"Revised: the people who recruited her are known to be back in " + DemoPlaces.townIn(child.destination)
							+ " and have asked the family about her.",
					"Contact with the family only through the receiving agency.", false, child.day(0.95), assessedBy()));
		}
		if (!child.reaches(CaseStage.IMPLEMENTED)) {
			return;
		}
		move(child, CaseStage.IMPLEMENTED, child.leaves() ? "Return carried out; hand-over signed by the receiving agency."
				: "Integration services started.");
		if (child.leaves()) {
			save(child, CasePart.GUARDIANSHIP, new Guardianship(child.guardian, true, null, List.of(),
					receivingGuardian(child, child.day(0.7))));
		}
		if (!child.reaches(CaseStage.FOLLOWED_UP)) {
			return;
		}
		followUp(child);
	}

	private RegisterChildCommand registration(Child child) {
		Story story = child.story;
		List<String> scripts = names.scripts(story.origin());
		String script = scripts.size() > 1 && random.nextInt(10) < 6 ? scripts.get(1) : scripts.get(0);
		DemoNames.ChildName name = names.pick(random, story.origin(), script, story.sex());
		for (int i = 0; i < 20 && namesUsed.contains(key(name)); i++) {
			name = names.pick(random, story.origin(), script, story.sex());
		}
		namesUsed.add(key(name));
		// Registered as the child writes the name; a name in another script is also known in Latin letters.
		List<String> aliases = name.latin() ? List.of()
				: List.of(name.given().latin() + " " + name.family().latin());
		Integer year = null;
		LocalDate exact = null;
		LocalDate earliest = null;
		LocalDate latest = null;
		if (child.is(Twist.TURNS_18) || child.is(Twist.TURNS_18_OVERRIDDEN)) {
			// At the youngest plausible age the child turns 18 in three or five months.
			latest = today.minusYears(18).plusDays(child.is(Twist.TURNS_18) ? 90 : 150);
			earliest = latest.minusYears(1);
		}
		else {
			int way = random.nextInt(10);
			if (way < 6) {
				year = today.getYear() - story.age();
			}
			else if (way < 8) {
				latest = today.minusYears(story.age()).minusDays(random.nextInt(60));
				earliest = latest.minusYears(1);
			}
			else {
				exact = today.minusYears(story.age()).minusDays(1 + random.nextInt(300));
			}
		}
		String language = "AF".equals(story.origin()) && random.nextBoolean() ? "ps" : LANGUAGES.get(story.origin());
		return new RegisterChildCommand(name.given().written(), name.family().written(), story.sex(), year, exact,
				earliest, latest, story.origin(), aliases, language, !"RO".equals(story.origin()) || random.nextBoolean(),
				child.identifiedOn, null, null);
	}

	private static String key(DemoNames.ChildName name) {
		return name.given().written() + "|" + name.family().written();
	}

	private Screening screening(Child child) {
		Map<ExploitationType, List<String>> indicators = new EnumMap<>(ExploitationType.class);
		switch (child.story.origin()) {
			case "VN" -> indicators.put(ExploitationType.FORCED_CRIMINALITY, List.of("DRUG_CULTIVATION_OR_DEALING"));
			case "RO" -> indicators.put(ExploitationType.FORCED_BEGGING, List.of("BEGS_IN_ORGANISED_GROUP", "HANDS_OVER_MONEY"));
			case "AL", "XK" -> indicators.put(ExploitationType.GENERAL, List.of("DEBT_TO_TRAVEL_ARRANGER"));
			case "MA" -> indicators.put(ExploitationType.LABOUR, List.of("WORKS_LONG_HOURS", "NO_OR_LITTLE_PAY"));
			default -> {
				// No indicator found: most children on the move are not trafficked, and are screened all the same.
			}
		}
		if (random.nextInt(3) == 0) {
			indicators.clear();
		}
		String entry = places.entryPoints().get(random.nextInt(places.entryPoints().size()));
		String source = switch (random.nextInt(4)) {
			case 0 -> "Border guard at " + entry;
			case 1 -> "Police in " + child.town;
			case 2 -> "School nurse in " + child.town;
			default -> "The child came to a child rights NGO in " + child.town;
		};
		return new Screening(indicators, "Emergency place at the children's home in " + child.town
				+ "; a meal, clothes, a health check and an interpreter.", source, child.identifiedOn);
	}

	private void protectedStage(Child child) {
		if (child.is(Twist.MISSING)) {
			save(child, CasePart.MISSING, new MissingReport(true, child.day(0.8), "Left the children's home in "
					+ child.town + " in the evening and did not come back; reported to the police the same night.", null));
		}
		if (child.is(Twist.AGE_PENDING)) {
			save(child, CasePart.AGE_ASSESSMENT, new AgeAssessment(AgeAssessmentStatus.PENDING,
					"The stated age and the travel route do not fit together; no documents.", null, null, null, null, null,
					false, null));
		}
		if (random.nextInt(3) == 0) {
			as(cast.guardian(), () -> editing.addNote(child.id, "Met the child at the children's home with the "
					+ "interpreter. Explained my role and that I am independent of the migration authority."));
		}
	}

	private void verify(Child child) {
		if (random.nextBoolean()) {
			as(cast.caseworker(), () -> editing.addIdentityFact(child.id, new IdentityFactInput(
					FactKind.NATIONALITY_VERIFIED, null, null, null, null, null, null, null, null, null, null,
					child.story.origin(), "Birth certificate checked through the embassy", null, null, null, null, null,
					"DOCUMENT", null, child.day(0.2))));
		}
		boolean appealed = child.is(Twist.DISCLOSED) && child.story.stage() == CaseStage.VERIFIED;
		if (child.is(Twist.AGE_ASSESSED) || appealed) {
			int age = child.story.age();
			save(child, CasePart.AGE_ASSESSMENT, new AgeAssessment(AgeAssessmentStatus.COMPLETED,
					"The stated age and the travel route do not fit together; no documents.",
					"Holistic assessment: interviews by a social worker and a psychologist, the guardian's observations; "
							+ "no medical examination.",
					"Demo Psychologist and the caseworker", age - 1, age + 1, child.day(0.15), true,
					appealed ? "Appeal lodged by the guardian with the district court." : null));
		}
		move(child, CaseStage.VERIFIED, "Identity and nationality checked through safe channels.");
		if (appealed) {
			disclose(child, "The guardian's appeal against the age assessment.");
		}
	}

	private void assess(Child child) {
		String origin = child.story.origin();
		boolean war = "AF".equals(origin) || "SY".equals(origin);
		RiskConclusion conclusion = child.leaves() ? RiskConclusion.FOR_RETURN
				: war ? RiskConclusion.AGAINST_RETURN : RiskConclusion.NOT_APPLICABLE;
		save(child, CasePart.RISK_ASSESSMENT, new RiskAssessment(conclusion,
				conclusion == RiskConclusion.NOT_APPLICABLE ? null : war && !child.leaves() ? origin : child.destination,
				child.leaves() ? "No threat to the child known at the destination; the family is not linked to the travel arranger."
						: war ? "Armed conflict and no known carer at the place of origin." : "Only integration was considered.",
				child.leaves() ? "Contact the family through the receiving agency, not directly." : null,
				war && random.nextBoolean(), child.day(0.35), assessedBy()));
		String views = switch (child.story.solution()) {
			case RETURN_FAMILY_REUNIFICATION -> "I miss my mother and my little brothers. I want to go home if it is safe and I can go to school there.";
			case TRANSFER_THIRD_COUNTRY -> "My uncle lives in Hamburg. I want to live with him and his family.";
			case INTEGRATION_HERE -> "I want to stay here, learn the language and finish school.";
		};
		boolean silent = random.nextInt(8) == 0;
		Map<BiaElement, String> findings = new EnumMap<>(BiaElement.class);
		findings.put(BiaElement.FAMILY_ENVIRONMENT, child.leaves() ? "Close to the family, who ask for the child back."
				: "No family able to care for the child is known.");
		findings.put(BiaElement.EDUCATION, "Attends a preparatory class in " + child.town + ".");
		findings.put(BiaElement.HEALTH, "Well; sleeps badly since the journey.");
		as(cast.guardian(), () -> editing.savePart(child.id, CasePart.BEST_INTERESTS_ASSESSMENT,
				new BestInterestsAssessment(findings, silent ? null : views, silent,
						List.of("The child", cast.guardian().displayName() + " (guardian)",
								cast.caseworker().displayName() + " (caseworker)", "An interpreter"),
						child.day(0.4)),
				null));
		if (child.leaves()) {
			save(child, CasePart.FAMILY_ASSESSMENT, new FamilyAssessment(child.receivingAgency(), child.destination,
					child.day(0.45), "The family is willing and able to care for the child; the home was visited twice "
							+ "and a school place is available."));
		}
		move(child, CaseStage.ASSESSED, "Risk, best-interests and family assessments on file.");
	}

	private void determine(Child child) {
		DurableSolution decision = child.story.solution();
		DurableSolution other = decision == DurableSolution.INTEGRATION_HERE ? DurableSolution.RETURN_FAMILY_REUNIFICATION
				: DurableSolution.INTEGRATION_HERE;
		LocalDate decided = child.day(0.5);
		save(child, CasePart.BEST_INTERESTS_DETERMINATION, new BestInterestsDetermination(
				List.of(new BestInterestsDetermination.PanelMember(cast.caseworker().displayName(), "Social worker",
						cast.caseworker().username(), true),
						new BestInterestsDetermination.PanelMember("Demo Psychologist", "Child psychologist", null, true),
						new BestInterestsDetermination.PanelMember("Demo Legal Adviser", "Legal adviser", null, true)),
				List.of(new BestInterestsDetermination.OptionConsidered(decision, "What the child asks for, and safe.",
						"A further move for the child."),
						new BestInterestsDetermination.OptionConsidered(other, "Continuity of the present care.",
								"Against the child's views and the assessments.")),
				decision, "The assessments and the child's views agree on this solution.",
				random.nextInt(6) == 0 ? "The legal adviser would have waited for the school report." : null, decided,
				decided.plusDays(180), null));
		as(cast.supervisor(), () -> editing.approveDetermination(child.id));
		move(child, CaseStage.DETERMINED, "The panel's determination is approved.");
	}

	/** Stories that stop at the determination: the plan that a gate holds back. */
	private void heldBeforePlanning(Child child) {
		if (child.is(Twist.DISCLOSED)) {
			disclose(child, "The district court decides on the guardian's application about the return.");
		}
		else if (child.is(Twist.TURNS_18)) {
			plan(child, today.plusDays(120), false, true);
		}
		else if (child.is(Twist.NO_RECEIVING_GUARDIAN)) {
			plan(child, today.plusDays(45), false, false);
		}
		else if (child.is(Twist.PLACEMENT_WITHOUT_CONSENT)) {
			plan(child, today.plusDays(60), true, true);
			// Only the receiving State's answer through cooperation is consent; a phone call noted by hand is not.
			save(child, CasePart.PLACEMENT_CONSENT, new PlacementConsent(ConsentSource.NOTED_WITHOUT_ANSWER,
					"Phone call with the receiving agency", today.minusDays(2)));
		}
	}

	/** The care plan; for a return or transfer also the receiving side's acceptance and guardian. */
	private void plan(Child child, LocalDate returnOn, boolean inCareAbroad, boolean receivingGuardian) {
		boolean leaves = child.leaves();
		String there = DemoPlaces.townIn(child.destination);
		List<String> goals = switch (child.story.solution()) {
			case RETURN_FAMILY_REUNIFICATION -> List.of("Reunite safely with the family in " + there,
					"Continue school after the return");
			case TRANSFER_THIRD_COUNTRY -> List.of("Join the uncle's family in " + there, "A school place there");
			case INTEGRATION_HERE -> List.of("A stable foster home in " + child.town, "School and language classes",
					"A residence permit, with legal aid");
		};
		List<CarePlan.PlannedService> services = List.of(new CarePlan.PlannedService("Language and school support",
				leaves ? child.receivingAgency() : "Municipal school, " + child.town, leaves ? child.destination : null,
				child.day(0.6), null));
		save(child, CasePart.CARE_PLAN, new CarePlan(goals, services, cast.caseworker().organisationName(),
				leaves ? child.receivingAgency() : null, leaves ? child.destination : null, inCareAbroad,
				leaves ? returnOn : null, leaves ? "The guardian and a social worker" : null,
				leaves ? "The receiving agency's office in " + there : null, leaves,
				child.is(Twist.REVIEW_OVERDUE) ? today.minusDays(14) : today.plusDays(90), null));
		if (!leaves) {
			return;
		}
		LocalDate accepted = child.day(0.62);
		as(cast.caseworker(), () -> editing.recordCarePlanAcceptance(child.id,
				new CarePlan.Acceptance(accepted, "Letter " + (100 + random.nextInt(900)) + "/" + accepted.getYear(), null)));
		// Asked, not yet answered: the receiving guardian is named without an acceptance.
		Guardianship.ReceivingGuardian receiving = receivingGuardian ? receivingGuardian(child, null)
				: new Guardianship.ReceivingGuardian(child.receivingAgency(), child.destination, null, null, null);
		save(child, CasePart.GUARDIANSHIP, new Guardianship(child.guardian, true, null, List.of(), receiving));
	}

	private Guardianship.ReceivingGuardian receivingGuardian(Child child, LocalDate handedOverOn) {
		return new Guardianship.ReceivingGuardian(child.receivingAgency(), child.destination, child.day(0.64),
				"Acceptance of responsibility " + child.day(0.64).getYear() + "/" + (10 + random.nextInt(90)), handedOverOn);
	}

	private void followUp(Child child) {
		LocalDate implemented = child.day(0.7);
		boolean closing = child.reaches(CaseStage.CLOSED);
		List<FollowUp> agreed = new ArrayList<>();
		for (int months : new int[] { 1, 3, 6, 12 }) {
			FollowUp followUp = FollowUp.due(implemented.plusMonths(months));
			boolean past = followUp.dueOn().isBefore(today);
			if (past && !(child.is(Twist.FOLLOW_UP_OVERDUE) && months == 1)) {
				LocalDate done = followUp.dueOn().plusDays(2);
				followUp = followUp.doneOn(done.isAfter(today) ? today : done);
			}
			agreed.add(followUp);
		}
		save(child, CasePart.FOLLOW_UPS, new FollowUpSchedule(agreed));
		move(child, CaseStage.FOLLOWED_UP, "Follow-ups agreed with " + (child.leaves() ? "the receiving agency." : "the foster home."));
		if (!closing) {
			return;
		}
		List<FollowUp> settled = agreed.stream()
			.map(f -> f.settled() ? f : f.waived("The review found the young person settled; further visits are not needed."))
			.toList();
		save(child, CasePart.FOLLOW_UPS, new FollowUpSchedule(settled));
		Closure closure = child.leaves()
				? new Closure(ClosureOutcome.HANDED_OVER_TO_ANOTHER_COUNTRY, child.receivingAgency(), child.destination,
						today.minusDays(3))
				: new Closure(ClosureOutcome.DURABLE_SOLUTION_REACHED, null, null, today.minusDays(3));
		as(cast.supervisor(), () -> cases.transition(child.id, new TransitionCommand(CaseStage.CLOSED,
				"Durable solution confirmed at the review.", List.of(), closure)));
	}

	private void disclose(Child child, String reason) {
		as(cast.supervisor(), () -> {
			cases.disclose(child.id, cast.court().organisationId(), reason);
			return null;
		});
	}

	private String assessedBy() {
		return cast.caseworker().displayName() + ", " + cast.caseworker().organisationName();
	}

	private void save(Child child, CasePart part, Object document) {
		as(cast.caseworker(), () -> editing.savePart(child.id, part, document, null));
	}

	private void move(Child child, CaseStage to, String reason) {
		as(cast.caseworker(), () -> cases.transition(child.id, TransitionCommand.to(to, reason)));
	}

	private <T> T as(Colleague who, Supplier<T> work) {
		return acting.as(who, work);
	}

	private int span(Story story) {
		return switch (story.stage()) {
			case IDENTIFIED -> story.twist() == Twist.GUARDIAN_LATE ? 7 : story.twist() == Twist.UNASSIGNED ? 0 : random.nextInt(2);
			case PROTECTED -> 10 + random.nextInt(20);
			case VERIFIED -> 30 + random.nextInt(30);
			case ASSESSED -> 60 + random.nextInt(40);
			case DETERMINED -> 100 + random.nextInt(40);
			case PLANNED -> 140 + random.nextInt(40);
			case IMPLEMENTED -> 180 + random.nextInt(40);
			case FOLLOWED_UP -> 230 + random.nextInt(70);
			case CLOSED -> 420 + random.nextInt(60);
		};
	}

}
