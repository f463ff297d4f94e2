package org.protect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The best-interests determination (BID) by a multidisciplinary panel, approved by a supervisor who was
 * not on the panel. Changing a determination after its approval withdraws the approval.
 *
 * @param panel the members, their roles and their declarations of no conflict of interest
 * @param options the durable solutions considered, with reasons for and against each
 * @param decision the solution chosen
 * @param reasons why
 * @param dissent any member's dissent, in their words; may be empty
 * @param decidedOn when the panel decided
 * @param reviewOn when the determination is reviewed
 * @param approval the supervisor's approval; kept by the node, not taken from input
 */
public record BestInterestsDetermination(List<PanelMember> panel, List<OptionConsidered> options,
		DurableSolution decision, String reasons, String dissent, LocalDate decidedOn, LocalDate reviewOn,
		Approval approval) {

	public BestInterestsDetermination {
		panel = panel == null ? List.of() : List.copyOf(panel);
		options = options == null ? List.of() : List.copyOf(options);
	}

	public BestInterestsDetermination withApproval(Approval newApproval) {
		return new BestInterestsDetermination(panel, options, decision, reasons, dissent, decidedOn, reviewOn,
				newApproval);
	}

	/**
	 * A panel member.
	 *
	 * @param name who
	 * @param role their role on the panel (social worker, psychologist, guardian, legal adviser)
	 * @param username their user name on this node, if they have one: a supervisor on the panel cannot
	 *        approve its determination
	 * @param noConflictDeclared they declared no conflict of interest
	 */
	public record PanelMember(String name, String role, String username, boolean noConflictDeclared) {
	}

	/** One durable solution considered, with the reasons for and against it. */
	public record OptionConsidered(DurableSolution solution, String reasonsFor, String reasonsAgainst) {
	}

	/** A supervisor's approval: who (user name) and when. */
	public record Approval(String approvedBy, Instant approvedAt) {
	}

}
