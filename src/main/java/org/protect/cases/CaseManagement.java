package org.protect.cases;

import java.util.List;
import java.util.UUID;

/**
 * Registering children and working their cases through the lifecycle. Every method checks the reader's
 * access to the case (role and part in it, see {@link CaseAccess}) and audits every read and change with
 * the case's id; pages and API call the same methods.
 */
public interface CaseManagement {

	/** Registers a child and opens their case at {@link CaseStage#IDENTIFIED}. */
	CaseDetails register(RegisterChildCommand command);

	/** The case as the signed-in user may see it; audited. */
	CaseDetails caseFile(UUID caseId);

	/** The cases the signed-in user may know of that match the query. */
	CaseSearchResults search(CaseQuery query);

	/** The signed-in user's own cases (on the team) that raise an alert today, for their home page. */
	List<CaseSummary> casesNeedingAttention();

	/**
	 * Moves the case; refuses with {@link TransitionRefusedException} listing every unmet safeguard on the
	 * way. Nothing changes when it refuses.
	 */
	CaseDetails transition(UUID caseId, TransitionCommand command);

	/** The safeguards that would refuse a move to {@code to} today (a preview for the page's checklist). */
	List<Safeguard> unmetSafeguards(UUID caseId, CaseStage to);

	/** The timeline: everything that happened to the case, oldest first. */
	List<TimelineEntry> timeline(UUID caseId);

	/**
	 * A timeline as people read it: stages, parts and people by their names, another case by its number.
	 * Reads no child data; the entries come from {@link #timeline} (or a court report that holds them).
	 */
	List<TimelineLine> inWords(UUID caseId, List<TimelineEntry> timeline);

	/** Adds a user to the team (supervisors of the owning organisation). */
	void addTeamMember(UUID caseId, String username, TeamPart part);

	/** Ends a membership (supervisors of the owning organisation). */
	void removeTeamMember(UUID caseId, UUID memberId);

	/**
	 * Discloses the case to a court on this node, whose judges may then read it. A disclosure transfers the
	 * child's file to a court, so it is a supervisor's act (a supervisor on the team), with a reason that
	 * the judge is shown; only a supervisor on the team revokes it.
	 */
	void disclose(UUID caseId, UUID courtOrganisationId, String reason);

	void revokeDisclosure(UUID caseId, UUID disclosureId);

}
