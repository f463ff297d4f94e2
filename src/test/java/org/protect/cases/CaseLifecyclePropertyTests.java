package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.protect.shared.DomainException;

/**
 * Thousands of random case histories, seeded so that a failure can be replayed: random facts, random
 * transitions forward, back and across, random override attempts by supervisors and caseworkers. Whatever
 * happens, a return or transfer is never carried out while a safeguard is unmet and not legitimately
 * overridden. The safeguards are re-derived here from the facts, independently of {@link SafeguardGates},
 * so that a gate that forgets a check fails this test.
 * <p>
 * Replay one history with {@code -Dcases.seed=<seed> -Dcases.sequences=1}.
 */
class CaseLifecyclePropertyTests {

	private static final long BASE_SEED = 20_260_302L;

	/** The only safeguard this test accepts as legitimately overridden (see {@link Safeguard}). */
	private static final Set<Safeguard> LEGITIMATELY_OVERRIDABLE = EnumSet.of(Safeguard.TURNS_18_BEFORE_RETURN);

	private static final LocalDate START = LocalDate.of(2026, 1, 5);

	@Test
	void randomHistoriesNeverCarryOutAReturnWithASafeguardUnmetAndNotLegitimatelyOverridden() {
		long base = Long.getLong("cases.seed", BASE_SEED);
		int sequences = Integer.getInteger("cases.sequences", 3_000);
		int returnsCarriedOut = 0;
		int refusals = 0;
		for (int i = 0; i < sequences; i++) {
			long seed = base + i;
			try {
				History history = new History(seed);
				history.run(40);
				returnsCarriedOut += history.returnsCarriedOut;
				refusals += history.refusals;
			}
			catch (AssertionError | RuntimeException failure) {
				throw new AssertionError("random case history failed with seed " + seed
						+ " (replay with -Dcases.seed=" + seed + " -Dcases.sequences=1)", failure);
			}
		}
		if (sequences >= 1_000) {
			// Guard against a test that passes because it never gets anywhere.
			assertThat(returnsCarriedOut).as("returns carried out").isGreaterThan(100);
			assertThat(refusals).as("refusals").isGreaterThan(1_000);
		}
	}

	/** One random case history. */
	private static final class History {

		private final Random random;

		private final SettableClock clock = new SettableClock(START);

		private final CaseFile file;

		private CaseFacts facts;

		int returnsCarriedOut;

		int refusals;

		History(long seed) {
			this.random = new Random(seed);
			this.file = CaseFile.open(CaseId.random(), Actor.caseworker("cw-1"), clock);
			this.facts = randomFacts();
		}

		void run(int steps) {
			for (int step = 0; step < steps; step++) {
				clock.advanceDays(random.nextInt(20));
				if (random.nextInt(3) == 0) {
					facts = randomFacts();
				}
				attemptTransition();
			}
		}

		private void attemptTransition() {
			CaseStage from = file.stage();
			int historySize = file.history().size();
			int overridesBefore = file.overrides().size();
			CaseStage to = CaseStage.values()[random.nextInt(CaseStage.values().length)];
			Actor actor = random.nextBoolean() ? Actor.supervisor("sv-" + random.nextInt(3))
					: Actor.caseworker("cw-" + random.nextInt(3));
			String reason = random.nextInt(20) == 0 ? " " : "step reason";
			List<OverrideRequest> overrides = randomOverrides();
			Transition transition;
			try {
				transition = file.transition(to, reason, actor, overrides, facts);
			}
			catch (DomainException refused) {
				refusals++;
				assertThat(file.stage()).as("a refusal changes nothing").isEqualTo(from);
				assertThat(file.history()).hasSize(historySize);
				assertThat(file.overrides()).hasSize(overridesBefore);
				return;
			}
			assertThat(reason).isNotBlank();
			assertThat(file.stage()).isEqualTo(to);
			for (SafeguardOverride override : transition.overrides()) {
				assertThat(actor.supervisor()).as("override by a supervisor").isTrue();
				assertThat(override.reason()).isNotBlank();
				assertThat(override.safeguard()).isNotIn(Safeguard.RISK_AGAINST_RETURN, Safeguard.NO_PLACEMENT_CONSENT);
				assertThat(override.safeguard()).isIn(LEGITIMATELY_OVERRIDABLE);
			}
			if (to == CaseStage.IMPLEMENTED && leaves(facts)) {
				returnsCarriedOut++;
				Set<Safeguard> overridden = EnumSet.noneOf(Safeguard.class);
				transition.overrides().forEach(override -> overridden.add(override.safeguard()));
				assertThat(requiredForReturnButMissing(facts, clock.today()))
					.as("carried out a return from %s with facts %s", from, facts)
					.allMatch(overridden::contains);
			}
		}

		private List<OverrideRequest> randomOverrides() {
			List<OverrideRequest> overrides = new ArrayList<>();
			int count = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
			for (int i = 0; i < count; i++) {
				Safeguard safeguard = random.nextBoolean() ? Safeguard.TURNS_18_BEFORE_RETURN
						: Safeguard.values()[random.nextInt(Safeguard.values().length)];
				String reason = random.nextInt(10) == 0 ? "" : "reviewed by the supervisor";
				overrides.add(new OverrideRequest(safeguard, reason));
			}
			return overrides;
		}

		private CaseFacts randomFacts() {
			LocalDate today = clock.today();
			Bid bid = chance(10) ? null
					: new Bid(DurableSolution.values()[random.nextInt(3)], !chance(10), chance(10));
			RiskConclusion risk = chance(10) ? null
					: chance(12) ? RiskConclusion.AGAINST_RETURN
							: chance(12) ? RiskConclusion.NOT_APPLICABLE : RiskConclusion.FOR_RETURN;
			// Past planned dates too: a return that slips is carried out later than planned.
			LocalDate planned = chance(10) ? null : today.plusDays(random.nextInt(120) - 60);
			PlacementConsent consent = chance(40) ? null
					: new PlacementConsent(chance(30) ? ConsentSource.NOTED_WITHOUT_ANSWER
							: ConsentSource.RECEIVED_THROUGH_COOPERATION, chance(10) ? null : "CA-1", today);
			List<FollowUp> followUps = new ArrayList<>();
			for (int i = random.nextInt(3); i > 0; i--) {
				FollowUp followUp = FollowUp.due(today.plusDays(random.nextInt(200)));
				followUps.add(chance(50) ? followUp.doneOn(today) : followUp);
			}
			return new CaseFacts(likely(), likely(), likely(), risk, likely(), likely(), bid, likely(),
					chance(10) ? null : "Receiving Agency", likely(), likely(), likely(), planned, chance(30), consent,
					randomBirthDate(today), followUps, chance(5));
		}

		private BirthDate randomBirthDate(LocalDate today) {
			// Within a year of turning 18 either way, so that turning 18 around the return is common.
			LocalDate born = today.minusYears(18).plusDays(random.nextInt(731) - 365);
			return switch (random.nextInt(4)) {
				case 0 -> BirthDate.unknown();
				case 1 -> BirthDate.between(born.minusDays(random.nextInt(700)), born);
				default -> BirthDate.exactly(born);
			};
		}

		private boolean likely() {
			return !chance(12);
		}

		private boolean chance(int percent) {
			return random.nextInt(100) < percent;
		}

	}

	/** Whether the child leaves the country (or nobody has decided that they stay). */
	private static boolean leaves(CaseFacts facts) {
		return facts.bid() == null || facts.bid().solution() != DurableSolution.INTEGRATION_HERE;
	}

	/** Everything a return must have on the day it is carried out, from DESIGN.md and issue 4, re-derived. */
	private static Set<Safeguard> requiredForReturnButMissing(CaseFacts facts, LocalDate today) {
		Set<Safeguard> missing = EnumSet.noneOf(Safeguard.class);
		if (!facts.traffickingScreened()) {
			missing.add(Safeguard.NO_TRAFFICKING_SCREENING);
		}
		if (!facts.guardianAppointed() || !facts.guardianIndependent()) {
			missing.add(Safeguard.NO_GUARDIAN);
		}
		if (facts.riskConclusion() == null || facts.riskConclusion() == RiskConclusion.NOT_APPLICABLE) {
			missing.add(Safeguard.NO_RISK_ASSESSMENT);
		}
		if (facts.riskConclusion() == RiskConclusion.AGAINST_RETURN) {
			missing.add(Safeguard.RISK_AGAINST_RETURN);
		}
		if (!facts.childViewsRecorded()) {
			missing.add(Safeguard.NO_CHILD_VIEWS);
		}
		if (facts.bid() == null || !facts.bid().approvedBySupervisor() || facts.bid().approverSatOnPanel()) {
			missing.add(Safeguard.BID_NOT_APPROVED);
		}
		if (!facts.familyAssessmentReceived()) {
			missing.add(Safeguard.NO_FAMILY_ASSESSMENT);
		}
		if (!facts.carePlanPresent()) {
			missing.add(Safeguard.NO_CARE_PLAN);
		}
		if (!facts.carePlanAcceptedByReceivingAgency() || facts.receivingAgency() == null
				|| facts.receivingAgency().isBlank()) {
			missing.add(Safeguard.CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY);
		}
		if (!facts.receivingGuardianAccepted()) {
			missing.add(Safeguard.NO_RECEIVING_GUARDIAN);
		}
		if (!facts.handoverAndEscortArranged() || facts.plannedReturnDate() == null) {
			missing.add(Safeguard.NO_HANDOVER_ARRANGED);
		}
		PlacementConsent consent = facts.placementConsent();
		if (facts.placementInCareAbroad() && (consent == null
				|| consent.source() != ConsentSource.RECEIVED_THROUGH_COOPERATION || consent.reference() == null)) {
			missing.add(Safeguard.NO_PLACEMENT_CONSENT);
		}
		LocalDate returnDay = facts.plannedReturnDate() == null || facts.plannedReturnDate().isBefore(today) ? today
				: facts.plannedReturnDate();
		if (facts.birthDate().latestPlausible()
			.map(latest -> Period.between(latest, returnDay).getYears() >= 18)
			.orElse(false)) {
			missing.add(Safeguard.TURNS_18_BEFORE_RETURN);
		}
		return missing;
	}

	/** A clock the history moves forward, one random number of days at a time. */
	private static final class SettableClock extends Clock {

		private Instant now;

		SettableClock(LocalDate start) {
			this.now = start.atTime(10, 0).toInstant(ZoneOffset.UTC);
		}

		void advanceDays(int days) {
			now = now.plusSeconds(days * 86_400L);
		}

		LocalDate today() {
			return LocalDate.ofInstant(now, ZoneOffset.UTC);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
