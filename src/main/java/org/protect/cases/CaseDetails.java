package org.protect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case as one reader may see it. What the reader's {@link CaseAccess} does not show is empty or
 * {@code null}: the service leaves it out, so no page or API client can show it by mistake.
 *
 * @param id the case's id
 * @param caseNumber the case number, e.g. {@code SE-2026-000042}
 * @param stage the stage
 * @param access how much the reader sees
 * @param permissions what the reader may do
 * @param organisationId the organisation the case belongs to
 * @param organisationName its name
 * @param identifiedOn when the child was identified
 * @param child who the child is, as the current facts say; {@code null} without {@link CaseAccess#showsChild()}
 * @param facts every identity fact with its provenance, voided ones included
 * @param parts the parts of the file on record
 * @param team the case team
 * @param disclosures the courts the case is disclosed to
 * @param transitions the stage history, oldest first, with every override
 * @param alerts what needs attention today
 * @param nextStage the next stage in the normal order, or {@code null} when closed
 * @param unmetForNextStage the safeguards that would refuse a move to the next stage today
 * @param referrals the referrals to other organisations
 * @param notes the notes, newest first
 * @param documents the documents, newest first
 * @param version the case's version
 */
public record CaseDetails(UUID id, String caseNumber, CaseStage stage, CaseAccess access,
		Set<CasePermission> permissions, UUID organisationId, String organisationName, LocalDate identifiedOn,
		ChildSummary child, List<IdentityFact> facts, Map<CasePart, PartVersion> parts, List<TeamMember> team,
		List<Disclosure> disclosures, List<Transition> transitions, List<CaseAlert> alerts, CaseStage nextStage,
		List<Safeguard> unmetForNextStage, List<Referral> referrals, List<CaseNote> notes,
		List<CaseDocument> documents, int version) {

	public boolean may(CasePermission permission) {
		return permissions.contains(permission);
	}

	/** The document of a part, or {@code null} when there is none on record. */
	public <T> T part(CasePart part, Class<T> type) {
		PartVersion version = parts.get(part);
		return version == null ? null : type.cast(version.document());
	}

	/**
	 * The child as the current (latest, not voided) facts say.
	 *
	 * @param displayName the name in Latin letters, then in the original script when it differs
	 * @param sex F, M, X or U
	 * @param birthEarliest the earliest plausible birth date, or {@code null} when unknown
	 * @param birthLatest the latest plausible birth date, or {@code null} when unknown
	 * @param birthExact whether the date of birth is known exactly
	 * @param ageAssessmentPending an age assessment is pending: the child is presumed a minor
	 * @param nationalityClaimed the nationality claimed
	 * @param nationalityVerified the nationality verified, or {@code null}
	 * @param childMissing the child is missing now
	 * @param disclosureEndangers disclosure would endanger the child or family: no cross-border sharing
	 */
	public record ChildSummary(String displayName, String sex, LocalDate birthEarliest, LocalDate birthLatest,
			boolean birthExact, boolean ageAssessmentPending, String nationalityClaimed, String nationalityVerified,
			boolean childMissing, boolean disclosureEndangers) {
	}

}
