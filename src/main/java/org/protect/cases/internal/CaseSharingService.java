package org.protect.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseAccess;
import org.protect.cases.CaseDetails;
import org.protect.cases.CaseExtract;
import org.protect.cases.CasePart;
import org.protect.cases.CasePermission;
import org.protect.cases.CarePlan;
import org.protect.cases.CaseSharing;
import org.protect.cases.ConsentSource;
import org.protect.cases.FamilyAssessment;
import org.protect.cases.FollowUp;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.Guardianship;
import org.protect.cases.PlacementConsent;
import org.protect.cases.SharingRefusedException;
import org.protect.identity.PersonRecord;
import org.protect.shared.ConflictException;
import org.protect.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseSharingService implements CaseSharing {

	/** Cases read at once when the whole register is encoded. */
	private static final int REGISTER_CHUNK = 1000;

	private final CaseFiles files;

	private final CaseRepository cases;

	private final CaseRecordsRepository records;

	private final AuditLog audit;

	private final JsonMapper json;

	CaseSharingService(CaseFiles files, CaseRepository cases, CaseRecordsRepository records, AuditLog audit,
			JsonMapper json) {
		this.files = files;
		this.cases = cases;
		this.records = records;
		this.audit = audit;
		this.json = json;
	}

	@Override
	public CaseExtract extract(UUID caseId, Set<CasePart> parts, String purpose) {
		CaseFiles.Loaded loaded = teamEditor(caseId, purpose);
		CaseDetails.ChildSummary child = CaseFactsAssembler.child(loaded.facts(), loaded.parts());
		if (child.disclosureEndangers()) {
			// Hague 1996 art. 37: no information is requested or sent when doing so could endanger the child or
			// put a family member's liberty or life in serious danger.
			refuseArt37(caseId, purpose);
		}
		Map<CasePart, Object> carried = new EnumMap<>(CasePart.class);
		for (CasePart part : parts) {
			Object document = loaded.parts().get(part);
			if (document != null) {
				carried.put(part, document);
			}
		}
		audit.record(AuditEvent.success("CASE_SHARING_EXTRACT", CaseFiles.RECORD_TYPE, caseId)
			.withDetails(purpose + " " + carried.keySet()));
		return new CaseExtract(caseId, loaded.row().caseNumber(),
				new CaseExtract.Child(child.displayName(), child.sex(), child.birthEarliest(), child.birthLatest(),
						child.birthExact(), child.nationalityClaimed(), child.nationalityVerified()),
				carried);
	}

	@Override
	public void checkMayStillLeave(UUID caseId, String purpose) {
		var row = cases.find(caseId).orElseThrow(() -> new NotFoundException("cases.notFound"));
		if (row.disclosureEndangers()) {
			refuseArt37(caseId, purpose);
		}
	}

	@Override
	public void requireSender(UUID caseId, String purpose) {
		teamEditor(caseId, purpose);
	}

	@Override
	public void requireTeam(UUID caseId) {
		CaseFiles.Loaded loaded = files.load(caseId, false);
		if (loaded.access() != CaseAccess.TEAM) {
			refuse(caseId, "cooperation request of a case not on the reader's team");
		}
		audit.record(AuditEvent.success("CASE_READ", CaseFiles.RECORD_TYPE, caseId).withDetails("cooperation request"));
	}

	@Override
	public CaseAccess requireReader(UUID caseId) {
		CaseFiles.Loaded loaded = files.load(caseId, false);
		if (!loaded.access().showsContent()) {
			refuse(caseId, "reading a case's cooperation steps needs the team or a disclosure");
		}
		audit.record(AuditEvent.success("CASE_READ", CaseFiles.RECORD_TYPE, caseId).withDetails("cooperation steps"));
		return loaded.access();
	}

	@Override
	public void recordPlacementConsentReceived(UUID caseId, String reference, LocalDate receivedOn, String actor) {
		var row = cases.lock(caseId).orElseThrow(() -> new NotFoundException("cases.notFound"));
		StoredPart current = cases.parts(caseId).get(CasePart.PLACEMENT_CONSENT);
		var consent = new PlacementConsent(ConsentSource.RECEIVED_THROUGH_COOPERATION, reference, receivedOn);
		var now = files.clock().instant();
		// Recorded even on a closed case: it is the receiving State's answer, and losing it would be worse.
		cases.savePart(caseId, CasePart.PLACEMENT_CONSENT, json.writeValueAsString(consent),
				current == null ? 0 : current.version(), now, actor);
		cases.touch(row.id(), now, actor);
		records.appendEvent(caseId, now, actor, "PLACEMENT_CONSENT_RECEIVED", reference);
		audit.record(AuditEvent.success("CASE_PLACEMENT_CONSENT_RECEIVED", CaseFiles.RECORD_TYPE, caseId)
			.withDetails(reference)
			.by(actor));
	}

	@Override
	public void recordPlacementConsentRefused(UUID caseId, String reference, String actor) {
		cases.lock(caseId).orElseThrow(() -> new NotFoundException("cases.notFound"));
		var now = files.clock().instant();
		records.appendEvent(caseId, now, actor, "PLACEMENT_CONSENT_REFUSED", reference);
		audit.record(AuditEvent.success("CASE_PLACEMENT_CONSENT_REFUSED", CaseFiles.RECORD_TYPE, caseId)
			.withDetails(reference)
			.by(actor));
	}

	@Override
	public void recordFamilyAssessmentReceived(UUID caseId, FamilyAssessment assessment, String reference,
			String actor) {
		save(caseId, CasePart.FAMILY_ASSESSMENT, current -> assessment, "FAMILY_ASSESSMENT_RECEIVED", reference, actor);
	}

	@Override
	public void recordReturnAccepted(UUID caseId, String receivingGuardian, String country, LocalDate acceptedOn,
			String reference, String actor) {
		save(caseId, CasePart.CARE_PLAN, current -> {
			if (current == null) {
				// The return was sent with its care plan; without one there is nothing the answer accepted.
				throw new IllegalStateException("case " + caseId + " has no care plan to accept");
			}
			return ((CarePlan) current).withAcceptance(new CarePlan.Acceptance(acceptedOn, reference, actor));
		}, "CARE_PLAN_ACCEPTED", reference, actor);
		save(caseId, CasePart.GUARDIANSHIP, current -> {
			var receiving = new Guardianship.ReceivingGuardian(receivingGuardian, country, acceptedOn, reference, null);
			Guardianship guardianship = (Guardianship) current;
			return guardianship == null ? new Guardianship(null, false, null, List.of(), receiving)
					: new Guardianship(guardianship.guardian(), guardianship.independenceConfirmed(),
							guardianship.replacementReason(), guardianship.previous(), receiving);
		}, "RECEIVING_GUARDIAN_ACCEPTED", reference, actor);
	}

	@Override
	public void recordHandover(UUID caseId, LocalDate handedOverOn, String reference, String actor) {
		save(caseId, CasePart.GUARDIANSHIP, current -> {
			Guardianship guardianship = (Guardianship) current;
			if (guardianship == null || guardianship.receiving() == null) {
				throw new ConflictException("cases.handover.noReceivingGuardian");
			}
			var r = guardianship.receiving();
			return new Guardianship(guardianship.guardian(), guardianship.independenceConfirmed(),
					guardianship.replacementReason(), guardianship.previous(), new Guardianship.ReceivingGuardian(
							r.nameOrAuthority(), r.country(), r.acceptedOn(), r.reference(), handedOverOn));
		}, "HANDED_OVER", reference, actor);
	}

	@Override
	public void recordFollowUpReceived(UUID caseId, LocalDate dueOn, LocalDate seenOn, String reference,
			String actor) {
		save(caseId, CasePart.FOLLOW_UPS, current -> {
			List<FollowUp> followUps = new ArrayList<>(
					current == null ? List.of() : ((FollowUpSchedule) current).followUps());
			boolean found = false;
			for (int i = 0; i < followUps.size(); i++) {
				if (followUps.get(i).dueOn().equals(dueOn)) {
					followUps.set(i, followUps.get(i).doneOn(seenOn));
					found = true;
				}
			}
			if (!found) {
				followUps.add(FollowUp.due(dueOn).doneOn(seenOn));
				followUps.sort(java.util.Comparator.comparing(FollowUp::dueOn));
			}
			return new FollowUpSchedule(followUps);
		}, "FOLLOW_UP_REPORT_RECEIVED", reference, actor);
	}

	@Override
	public void recordCooperationStep(UUID caseId, String event, String reference, String actor) {
		cases.lock(caseId).orElseThrow(() -> new NotFoundException("cases.notFound"));
		var now = files.clock().instant();
		records.appendEvent(caseId, now, actor, event, reference);
		audit.record(AuditEvent.success("CASE_COOPERATION_STEP", CaseFiles.RECORD_TYPE, caseId)
			.withDetails(event + " " + reference)
			.by(actor));
	}

	@Override
	public List<PersonRecord> identityForQuery(UUID caseId, String purpose) {
		CaseFiles.Loaded loaded = teamEditor(caseId, purpose);
		if (CaseFactsAssembler.child(loaded.facts(), loaded.parts()).disclosureEndangers()) {
			refuseArt37(caseId, purpose);
		}
		List<PersonRecord> records = LinkageRecords.of(loaded.row(), loaded.facts());
		audit.record(AuditEvent.success("CASE_SHARING_IDENTITY_ENCODED", CaseFiles.RECORD_TYPE, caseId)
			.withDetails(purpose + " " + records.size() + " names"));
		return records;
	}

	@Override
	public List<RegisteredChild> identityRegister(String purpose, String actor) {
		List<RegisteredChild> register = new ArrayList<>();
		List<UUID> ids = cases.allIds();
		for (int from = 0; from < ids.size(); from += REGISTER_CHUNK) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + REGISTER_CHUNK));
			var facts = records.factsOf(chunk);
			for (var row : cases.findAll(chunk)) {
				List<PersonRecord> child = LinkageRecords.of(row, files.facts(facts.getOrDefault(row.id(), List.of())));
				if (!child.isEmpty()) {
					register.add(new RegisteredChild(row.id(), row.caseNumber(), child));
				}
			}
		}
		audit.record(AuditEvent.success("CASE_SHARING_REGISTER_ENCODED", CaseFiles.RECORD_TYPE, null)
			.withDetails(purpose + " " + register.size() + " cases")
			.by(actor));
		return register;
	}

	/**
	 * Saves a part's next version as the other country's answer made it, on the timeline and in the audit
	 * log; recorded even on a closed case (losing the partner's answer would be worse).
	 */
	private void save(UUID caseId, CasePart part, java.util.function.UnaryOperator<Object> change, String event,
			String reference, String actor) {
		var row = cases.lock(caseId).orElseThrow(() -> new NotFoundException("cases.notFound"));
		StoredPart current = cases.parts(caseId).get(part);
		Object document = change.apply(current == null ? null : json.readValue(current.json(), part.documentType()));
		var now = files.clock().instant();
		cases.savePart(caseId, part, json.writeValueAsString(document), current == null ? 0 : current.version(), now,
				actor);
		cases.touch(row.id(), now, actor);
		records.appendEvent(caseId, now, actor, event, reference);
		audit.record(AuditEvent.success("CASE_" + event, CaseFiles.RECORD_TYPE, caseId).withDetails(reference).by(actor));
	}

	/** The case loaded for a team member who may edit it; anyone else is told it does not exist. */
	private CaseFiles.Loaded teamEditor(UUID caseId, String purpose) {
		CaseFiles.Loaded loaded = files.load(caseId, false);
		if (loaded.access() != CaseAccess.TEAM || !loaded.may(CasePermission.EDIT)) {
			refuse(caseId, "sharing " + purpose + " needs EDIT on the team");
		}
		return loaded;
	}

	private void refuseArt37(UUID caseId, String purpose) {
		audit.record(new AuditEvent("CASE_SHARING_REFUSED", CaseFiles.RECORD_TYPE, caseId.toString(),
				AuditOutcome.DENIED, SharingRefusedException.DISCLOSURE_ENDANGERS + " " + purpose, null));
		throw new SharingRefusedException();
	}

	private void refuse(UUID caseId, String detail) {
		audit.record(new AuditEvent("CASE_ACCESS_REFUSED", CaseFiles.RECORD_TYPE, caseId.toString(),
				AuditOutcome.DENIED, detail, null));
		throw new NotFoundException("cases.notFound");
	}

}
