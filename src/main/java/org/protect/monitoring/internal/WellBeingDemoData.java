package org.protect.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.protect.accounts.ActingAs;
import org.protect.accounts.Colleagues;
import org.protect.accounts.Colleagues.Colleague;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.cases.CaseAccess;
import org.protect.cases.CaseManagement;
import org.protect.cases.CaseQuery;
import org.protect.cases.CaseStage;
import org.protect.cases.CaseSummary;
import org.protect.monitoring.WellBeingManagement;
import org.protect.monitoring.WellBeingScale;
import org.protect.shared.NodeProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The well-being assessments of a demo node, so that the charts can be seen at once: the node's reference
 * standards (marked as demo text), and assessments of a few demo children made by the demo caseworker through
 * the service, as a person would: the current situation and two options for a child whose determination is
 * still to come, the same for a child whose case is disclosed to the demo court, and for two returned children
 * their situation before the return and each follow-up done since, as the receiving country reported it.
 * Runs after the demo cases, only in demo mode and only while there is no assessment at all. Synthetic only.
 */
@Component
@Order(40)
class WellBeingDemoData implements ApplicationRunner {

	static final String AUDIT_ACTION = "DEMO_WELL_BEING_CREATED";

	private static final Logger log = LoggerFactory.getLogger(WellBeingDemoData.class);

	private final WellBeingManagement wellBeing;

	private final ReferenceStandardService standards;

	private final AssessmentRepository assessments;

	private final CaseManagement cases;

	private final Colleagues colleagues;

	private final NodeProperties node;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	private final WellBeingScale scale;

	private final MonitoringClock clock;

	private final boolean demo;

	WellBeingDemoData(WellBeingManagement wellBeing, ReferenceStandardService standards,
			AssessmentRepository assessments, CaseManagement cases, Colleagues colleagues, NodeProperties node,
			TransactionTemplate transaction, AuditLog audit, WellBeingScale scale, MonitoringClock clock,
			@Value("${protect.demo.enabled:false}") boolean demo) {
		this.wellBeing = wellBeing;
		this.standards = standards;
		this.assessments = assessments;
		this.cases = cases;
		this.colleagues = colleagues;
		this.node = node;
		this.transaction = transaction;
		this.audit = audit;
		this.scale = scale;
		this.clock = clock;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || assessments.count() > 0) {
			return;
		}
		Colleague caseworker = as(null, () -> colleagues.byUsername("caseworker." + node.countryLowerCase()).orElse(null));
		if (caseworker == null) {
			log.info("No demo caseworker found: no demo well-being assessments created.");
			return;
		}
		// All or nothing, as the runner only fills a node without any assessment.
		int made = transaction.execute(tx -> {
			DemoStandards.of(node.country()).forEach((condition, text) -> standards.saveDemo(node.country(), condition,
					text, "Demo text written for the demo node; not taken from any law or guidance."));
			var writer = new DemoAssessmentWriter(wellBeing, scale, node.country(), clock.today());
			int count = as(caseworker, () -> {
				int n = 0;
				for (Pick pick : picks()) {
					CaseSummary child = find(pick.stage(), pick.origin());
					if (child != null) {
						n += writer.write(child, pick.returned());
					}
				}
				return n;
			});
			audit.record(AuditEvent.success(AUDIT_ACTION, null, null).withDetails(count + " assessments").by("system"));
			return count;
		});
		log.info("Demo data: {} synthetic well-being assessments created.", made);
	}

	/** Which demo children get assessments: by the stage their case reached and where they come from. */
	record Pick(CaseStage stage, String origin, boolean returned) {
	}

	static List<Pick> picks() {
		return List.of(new Pick(CaseStage.ASSESSED, "AL", false), new Pick(CaseStage.DETERMINED, "MA", false),
				new Pick(CaseStage.FOLLOWED_UP, "XK", true), new Pick(CaseStage.FOLLOWED_UP, "MA", true));
	}

	/** The caseworker's own case at the stage, of a child from the country; the oldest, for a stable pick. */
	private CaseSummary find(CaseStage stage, String origin) {
		List<CaseSummary> found = new ArrayList<>(cases.search(new CaseQuery(null, stage, 0, CaseQuery.MAX_SIZE)).cases());
		return found.stream()
			.filter(summary -> summary.access() == CaseAccess.TEAM && origin.equals(summary.nationalityClaimed()))
			.min(java.util.Comparator.comparing(CaseSummary::identifiedOn))
			.orElse(null);
	}

	/** Runs {@code work} signed in as {@code who}, as a request of theirs would; {@code null}: a system principal. */
	private static <T> T as(Colleague who, Supplier<T> work) {
		return ActingAs.colleague(who, work);
	}

}
