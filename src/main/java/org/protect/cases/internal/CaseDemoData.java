package org.protect.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.protect.accounts.ActingAs;
import org.protect.accounts.Colleagues;
import org.protect.accounts.Colleagues.Colleague;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.cases.CaseFileEditing;
import org.protect.cases.CaseManagement;
import org.protect.cases.CaseStage;
import org.protect.cases.DurableSolution;
import org.protect.shared.NodeProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo children of a demo node: about sixty synthetic children of the node's own country (each node
 * holds only its own children), at every stage of the lifecycle, some with safeguards unmet, so that every
 * alert and every refusal can be seen at once. They are made through the services, acting as the demo
 * users, so that validation, the timeline and the audit log apply as for real work. Runs after the demo
 * accounts, only in demo mode and only while there is no case at all; deterministic apart from the dates,
 * which are counted back from today.
 */
@Component
@Order(30)
class CaseDemoData implements ApplicationRunner {

	static final String AUDIT_ACTION = "DEMO_CASES_CREATED";

	private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

	private static final long SEED = 20261130L;

	private final CaseManagement cases;

	private final CaseFileEditing editing;

	private final Colleagues colleagues;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final NodeProperties node;

	private final Clock clock;

	private final AuditLog audit;

	private final boolean demo;

	CaseDemoData(CaseManagement cases, CaseFileEditing editing, Colleagues colleagues, JdbcClient jdbc,
			TransactionTemplate transaction, NodeProperties node, Clock casesClock, AuditLog audit,
			@Value("${protect.demo.enabled:false}") boolean demo) {
		this.cases = cases;
		this.editing = editing;
		this.colleagues = colleagues;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.node = node;
		this.clock = casesClock;
		this.audit = audit;
		this.demo = demo;
	}

	/** Something about a demo child that makes an alert or a refusal show. */
	enum Twist {
		NONE,
		/** Registered by the border officer for the intake organisation, nobody assigned yet. */
		UNASSIGNED,
		/** Identified a week ago and still without a guardian. */
		GUARDIAN_LATE,
		MISSING,
		AGE_PENDING,
		AGE_ASSESSED,
		/** Disclosed to the demo court (an appeal or a guardianship matter). */
		DISCLOSED,
		/** A return is planned but no receiving guardian has accepted responsibility. */
		NO_RECEIVING_GUARDIAN,
		/** A return is planned for after the child's 18th birthday (at the youngest plausible age). */
		TURNS_18,
		/** As above, and a supervisor reviewed it and overrode the flag. */
		TURNS_18_OVERRIDDEN,
		/** The plan places the child in care abroad; the receiving State's consent is not on file. */
		PLACEMENT_WITHOUT_CONSENT,
		/** A planned return, and the risk assessment was revised against it. */
		RISK_AGAINST_RETURN,
		FOLLOW_UP_OVERDUE,
		/** The care plan's review date has passed. */
		REVIEW_OVERDUE
	}

	/** One demo child: origin, sex, age today, the stage their case reached and the solution chosen. */
	record Story(String origin, String sex, int age, CaseStage stage, DurableSolution solution, Twist twist) {
	}

	/** The people the demo cases are worked by. */
	record Cast(Colleague caseworker, Colleague supervisor, Colleague guardian, Colleague border, Colleague court) {
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("SELECT count(*) FROM cases.child_case").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		Cast cast = as(null, this::cast);
		if (cast == null) {
			log.info("No demo users found: no demo children created.");
			return;
		}
		List<Story> stories = stories();
		// All or nothing: a half-made demo would stay half-made, as the runner only fills an empty node.
		transaction.executeWithoutResult(tx -> {
			var writer = new DemoCaseWriter(cases, editing, cast, DemoPlaces.of(node.country()), DemoNames.load(),
					new Random(SEED), LocalDate.now(clock), this);
			stories.forEach(writer::write);
			audit.record(AuditEvent.success(AUDIT_ACTION, null, null).withDetails(stories.size() + " cases").by("system"));
		});
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Demo data: {} synthetic children created in {} ms.", stories.size(), millis);
	}

	private Cast cast() {
		String cc = node.countryLowerCase();
		var caseworker = colleagues.byUsername("caseworker." + cc);
		var supervisor = colleagues.byUsername("supervisor." + cc);
		var guardian = colleagues.byUsername("guardian." + cc);
		var border = colleagues.byUsername("border." + cc);
		var courts = colleagues.organisations(OrganisationType.COURT);
		if (caseworker.isEmpty() || supervisor.isEmpty() || guardian.isEmpty() || border.isEmpty() || courts.isEmpty()) {
			return null;
		}
		var court = courts.get(0);
		return new Cast(caseworker.get(), supervisor.get(), guardian.get(), border.get(),
				new Colleague(court.id(), null, court.name(), court.id(), court.name(), EnumSet.noneOf(Role.class), true));
	}

	/**
	 * Runs {@code work} signed in as {@code who}, as a request of theirs would; {@code null} signs in a
	 * system principal without roles, enough to look colleagues up.
	 */
	<T> T as(Colleague who, Supplier<T> work) {
		return ActingAs.colleague(who, work);
	}

	/** Sixty children: every stage, every alert, every refusal the gates give for a return. */
	static List<Story> stories() {
		var integrate = DurableSolution.INTEGRATION_HERE;
		var home = DurableSolution.RETURN_FAMILY_REUNIFICATION;
		var transfer = DurableSolution.TRANSFER_THIRD_COUNTRY;
		List<Story> stories = new ArrayList<>();
		// Identified: three waiting at intake for a supervisor to assign them, one without a guardian for a week.
		stories.add(new Story("AF", "M", 16, CaseStage.IDENTIFIED, null, Twist.UNASSIGNED));
		stories.add(new Story("SY", "M", 15, CaseStage.IDENTIFIED, null, Twist.UNASSIGNED));
		stories.add(new Story("VN", "M", 15, CaseStage.IDENTIFIED, null, Twist.UNASSIGNED));
		stories.add(new Story("MA", "M", 14, CaseStage.IDENTIFIED, null, Twist.GUARDIAN_LATE));
		stories.add(new Story("UA", "F", 13, CaseStage.IDENTIFIED, null, Twist.NONE));
		stories.add(new Story("AL", "M", 15, CaseStage.IDENTIFIED, null, Twist.NONE));
		stories.add(new Story("RO", "F", 12, CaseStage.IDENTIFIED, null, Twist.NONE));
		stories.add(new Story("AF", "M", 15, CaseStage.IDENTIFIED, null, Twist.NONE));
		stories.add(new Story("SY", "F", 14, CaseStage.IDENTIFIED, null, Twist.NONE));
		// Protected.
		stories.add(new Story("VN", "M", 15, CaseStage.PROTECTED, null, Twist.MISSING));
		stories.add(new Story("AF", "M", 17, CaseStage.PROTECTED, null, Twist.AGE_PENDING));
		stories.add(new Story("MA", "M", 16, CaseStage.PROTECTED, null, Twist.AGE_PENDING));
		stories.add(new Story("XK", "M", 14, CaseStage.PROTECTED, null, Twist.NONE));
		stories.add(new Story("UA", "M", 11, CaseStage.PROTECTED, null, Twist.NONE));
		stories.add(new Story("SY", "F", 13, CaseStage.PROTECTED, null, Twist.NONE));
		stories.add(new Story("RO", "M", 14, CaseStage.PROTECTED, null, Twist.NONE));
		stories.add(new Story("AL", "F", 15, CaseStage.PROTECTED, null, Twist.NONE));
		// Verified.
		stories.add(new Story("AF", "M", 16, CaseStage.VERIFIED, null, Twist.DISCLOSED));
		stories.add(new Story("SY", "M", 16, CaseStage.VERIFIED, null, Twist.AGE_ASSESSED));
		stories.add(new Story("UA", "F", 14, CaseStage.VERIFIED, null, Twist.NONE));
		stories.add(new Story("MA", "F", 15, CaseStage.VERIFIED, null, Twist.NONE));
		stories.add(new Story("VN", "F", 16, CaseStage.VERIFIED, null, Twist.NONE));
		stories.add(new Story("XK", "F", 13, CaseStage.VERIFIED, null, Twist.NONE));
		stories.add(new Story("RO", "M", 13, CaseStage.VERIFIED, null, Twist.NONE));
		// Assessed: the solution is for the panel to decide; the assessments point the way.
		stories.add(new Story("AL", "M", 14, CaseStage.ASSESSED, home, Twist.NONE));
		stories.add(new Story("AF", "M", 15, CaseStage.ASSESSED, integrate, Twist.NONE));
		stories.add(new Story("UA", "M", 12, CaseStage.ASSESSED, integrate, Twist.NONE));
		stories.add(new Story("SY", "F", 16, CaseStage.ASSESSED, transfer, Twist.NONE));
		stories.add(new Story("MA", "M", 15, CaseStage.ASSESSED, home, Twist.NONE));
		stories.add(new Story("VN", "M", 16, CaseStage.ASSESSED, home, Twist.NONE));
		stories.add(new Story("RO", "F", 13, CaseStage.ASSESSED, home, Twist.NONE));
		// Determined: four returns held back by a safeguard, the others ready to be planned.
		stories.add(new Story("AL", "M", 17, CaseStage.DETERMINED, home, Twist.TURNS_18));
		stories.add(new Story("XK", "M", 15, CaseStage.DETERMINED, home, Twist.NO_RECEIVING_GUARDIAN));
		stories.add(new Story("RO", "F", 14, CaseStage.DETERMINED, home, Twist.PLACEMENT_WITHOUT_CONSENT));
		stories.add(new Story("MA", "M", 16, CaseStage.DETERMINED, home, Twist.DISCLOSED));
		stories.add(new Story("AF", "F", 14, CaseStage.DETERMINED, integrate, Twist.NONE));
		stories.add(new Story("UA", "F", 15, CaseStage.DETERMINED, integrate, Twist.NONE));
		stories.add(new Story("SY", "M", 15, CaseStage.DETERMINED, transfer, Twist.NONE));
		stories.add(new Story("VN", "F", 15, CaseStage.DETERMINED, home, Twist.NONE));
		// Planned.
		stories.add(new Story("AL", "F", 15, CaseStage.PLANNED, home, Twist.RISK_AGAINST_RETURN));
		stories.add(new Story("RO", "M", 17, CaseStage.PLANNED, home, Twist.TURNS_18_OVERRIDDEN));
		stories.add(new Story("XK", "F", 14, CaseStage.PLANNED, home, Twist.NONE));
		stories.add(new Story("MA", "M", 15, CaseStage.PLANNED, home, Twist.NONE));
		stories.add(new Story("AF", "M", 16, CaseStage.PLANNED, integrate, Twist.NONE));
		stories.add(new Story("UA", "M", 13, CaseStage.PLANNED, integrate, Twist.REVIEW_OVERDUE));
		stories.add(new Story("SY", "F", 12, CaseStage.PLANNED, integrate, Twist.NONE));
		stories.add(new Story("AF", "M", 15, CaseStage.PLANNED, transfer, Twist.NONE));
		// Implemented.
		stories.add(new Story("AL", "M", 14, CaseStage.IMPLEMENTED, home, Twist.NONE));
		stories.add(new Story("UA", "F", 16, CaseStage.IMPLEMENTED, integrate, Twist.NONE));
		stories.add(new Story("SY", "M", 14, CaseStage.IMPLEMENTED, integrate, Twist.NONE));
		stories.add(new Story("RO", "F", 13, CaseStage.IMPLEMENTED, home, Twist.NONE));
		stories.add(new Story("VN", "M", 16, CaseStage.IMPLEMENTED, integrate, Twist.NONE));
		// Followed up.
		stories.add(new Story("MA", "M", 14, CaseStage.FOLLOWED_UP, home, Twist.FOLLOW_UP_OVERDUE));
		stories.add(new Story("XK", "M", 15, CaseStage.FOLLOWED_UP, home, Twist.NONE));
		stories.add(new Story("AF", "F", 15, CaseStage.FOLLOWED_UP, integrate, Twist.NONE));
		stories.add(new Story("UA", "M", 14, CaseStage.FOLLOWED_UP, integrate, Twist.NONE));
		stories.add(new Story("SY", "M", 16, CaseStage.FOLLOWED_UP, transfer, Twist.NONE));
		// Closed.
		stories.add(new Story("AL", "F", 15, CaseStage.CLOSED, home, Twist.NONE));
		stories.add(new Story("UA", "M", 16, CaseStage.CLOSED, integrate, Twist.NONE));
		stories.add(new Story("AF", "M", 16, CaseStage.CLOSED, integrate, Twist.NONE));
		return List.copyOf(stories);
	}

}
