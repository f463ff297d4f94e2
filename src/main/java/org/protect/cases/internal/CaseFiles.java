package org.protect.cases.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.protect.accounts.Colleagues;
import org.protect.accounts.CurrentUser;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseAccess;
import org.protect.cases.CaseAlert;
import org.protect.cases.CaseAlerts;
import org.protect.cases.CaseDetails;
import org.protect.cases.CaseDocument;
import org.protect.cases.CaseFacts;
import org.protect.cases.CaseNote;
import org.protect.cases.CasePart;
import org.protect.cases.CasePermission;
import org.protect.cases.CaseStage;
import org.protect.cases.Disclosure;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.PartVersion;
import org.protect.cases.Referral;
import org.protect.cases.Safeguard;
import org.protect.cases.SafeguardGates;
import org.protect.cases.SafeguardOverride;
import org.protect.cases.TeamMember;
import org.protect.cases.Transition;
import org.protect.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads a case for one reader, decides their access once, builds what they may see, and writes the
 * timeline and the audit log. The services go through it, so that no path reads a case without the
 * access check and the audit entry.
 */
@Component
class CaseFiles {

	static final String RECORD_TYPE = "child_case";

	private static final SafeguardGates GATES = new SafeguardGates();

	private final CaseRepository cases;

	private final CaseRecordsRepository records;

	private final JsonMapper json;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final Clock clock;

	private final CasesProperties properties;

	private final CaseDataCipher cipher;

	CaseFiles(CaseRepository cases, CaseRecordsRepository records, JsonMapper json, Colleagues colleagues,
			AuditLog audit, Clock casesClock, CasesProperties properties, CaseDataCipher cipher) {
		this.cases = cases;
		this.records = records;
		this.json = json;
		this.colleagues = colleagues;
		this.audit = audit;
		this.clock = casesClock;
		this.properties = properties;
		this.cipher = cipher;
	}

	/** A case as loaded for one reader, with their access decided. */
	record Loaded(CaseRow row, List<CaseRepository.MemberRow> members, List<CaseRepository.DisclosureRow> disclosures,
			List<IdentityFact> facts, Map<CasePart, StoredPart> stored, Map<CasePart, Object> parts, CurrentUser user,
			CaseAccess access, Set<CasePermission> permissions) {

		UUID id() {
			return row.id();
		}

		boolean may(CasePermission permission) {
			return permissions.contains(permission);
		}

	}

	static CurrentUser user() {
		return CurrentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Clock clock() {
		return clock;
	}

	/**
	 * Loads a case for the signed-in user. A case the user may not know of is "not found" (and the attempt
	 * audited), so that its existence is not revealed either.
	 *
	 * @param lock lock the case row until the transaction ends (for changes)
	 */
	Loaded load(UUID id, boolean lock) {
		CurrentUser user = user();
		CaseRow row = (lock ? cases.lock(id) : cases.find(id)).orElse(null);
		if (row == null) {
			throw new NotFoundException("cases.notFound");
		}
		List<CaseRepository.MemberRow> members = cases.members(id);
		List<CaseRepository.DisclosureRow> disclosures = cases.disclosures(id);
		CaseAccess access = CaseAccessPolicy.access(user, row, members, disclosures);
		if (access == CaseAccess.NONE) {
			audit.record(new AuditEvent("CASE_ACCESS_REFUSED", RECORD_TYPE, id.toString(),
					AuditOutcome.DENIED, null, null));
			throw new NotFoundException("cases.notFound");
		}
		Set<CasePermission> permissions = CaseAccessPolicy.permissions(user, row, access, members);
		List<IdentityFact> facts = access.showsChild() ? facts(id) : List.of();
		if (access == CaseAccess.REGISTRATION) {
			// A border officer sees what they registered, not what the team learnt since.
			facts = facts.stream().filter(fact -> fact.recordedBy().equals(user.username())).toList();
		}
		Map<CasePart, StoredPart> stored = access.showsContent() || lock ? cases.parts(id) : Map.of();
		Map<CasePart, Object> parts = new EnumMap<>(CasePart.class);
		stored.forEach((part, value) -> parts.put(part, json.readValue(value.json(), part.documentType())));
		return new Loaded(row, members, disclosures, facts, stored, parts, user, access, permissions);
	}

	/** Refuses, and audits the refusal, unless the reader has the permission. */
	void require(Loaded loaded, CasePermission permission) {
		if (!loaded.may(permission)) {
			audit.record(new AuditEvent("CASE_ACCESS_REFUSED", RECORD_TYPE, loaded.id().toString(),
					AuditOutcome.DENIED, "needs " + permission, null));
			throw new AccessDeniedException("needs " + permission + " on case " + loaded.id());
		}
	}

	List<IdentityFact> facts(UUID caseId) {
		return facts(records.facts(caseId));
	}

	List<IdentityFact> facts(List<CaseRecordsRepository.FactRow> rows) {
		List<IdentityFact> facts = new ArrayList<>();
		for (CaseRecordsRepository.FactRow row : rows) {
			facts.add(new IdentityFact(row.id(), json.readValue(row.json(), IdentityFactInput.class), row.recordedAt(),
					row.recordedBy(), row.voidedAt() != null, row.voidReason()));
		}
		return facts;
	}

	CaseFacts caseFacts(Loaded loaded) {
		return CaseFactsAssembler.facts(loaded.facts().isEmpty() ? facts(loaded.id()) : loaded.facts(), loaded.parts());
	}

	List<Transition> transitions(UUID caseId) {
		return cases.transitions(caseId)
			.stream()
			.map(row -> new Transition(row.from(), row.to(), row.reason(), row.actor(), row.at(),
					json.readValue(row.overridesJson(), new TypeReference<List<SafeguardOverride>>() {
					})))
			.toList();
	}

	List<CaseAlert> alerts(CaseRow row, CaseFacts facts, Map<CasePart, Object> parts) {
		List<LocalDate> reviews = new ArrayList<>();
		var bid = CaseFactsAssembler.part(parts, CasePart.BEST_INTERESTS_DETERMINATION,
				org.protect.cases.BestInterestsDetermination.class);
		var plan = CaseFactsAssembler.part(parts, CasePart.CARE_PLAN, org.protect.cases.CarePlan.class);
		if (bid != null) {
			reviews.add(bid.reviewOn());
		}
		if (plan != null) {
			reviews.add(plan.reviewOn());
		}
		return CaseAlerts.of(facts, row.stage(), row.identifiedOn(), today(), properties.turning18HorizonDays(),
				reviews);
	}

	/** The case as the reader may see it; the read is audited. */
	CaseDetails details(Loaded loaded) {
		CaseRow row = loaded.row();
		Map<UUID, String> organisations = colleagues.organisationNames();
		List<TeamMember> team = team(loaded.members());
		boolean content = loaded.access().showsContent();
		boolean child = loaded.access().showsChild();
		CaseFacts facts = child ? CaseFactsAssembler.facts(loaded.facts(), loaded.parts()) : null;
		Map<CasePart, PartVersion> parts = new EnumMap<>(CasePart.class);
		if (content) {
			loaded.stored().forEach((part, stored) -> parts.put(part, new PartVersion(part, loaded.parts().get(part),
					stored.version(), stored.updatedAt(), stored.updatedBy())));
		}
		CaseStage next = row.stage() == CaseStage.CLOSED ? null : CaseStage.values()[row.stage().ordinal() + 1];
		List<Safeguard> unmet = content && next != null ? GATES.unmet(facts, row.stage(), next, today()) : List.of();
		List<Disclosure> disclosures = content ? loaded.disclosures()
			.stream()
			.map(d -> new Disclosure(d.id(), d.organisationId(), organisations.get(d.organisationId()), d.reason(),
					d.disclosedAt(), d.disclosedBy()))
			.toList() : List.of();
		CaseDetails details = new CaseDetails(row.id(), row.caseNumber(), row.stage(), loaded.access(),
				loaded.permissions(),
				row.organisationId(), organisations.get(row.organisationId()), row.identifiedOn(),
				child ? CaseFactsAssembler.child(loaded.facts(), loaded.parts()) : null, loaded.facts(), parts, team,
				disclosures, content ? transitions(row.id()) : List.of(),
				content ? alerts(row, facts, loaded.parts()) : List.of(), next, unmet,
				content ? referrals(row.id(), organisations) : List.of(), content ? notes(row.id()) : List.of(),
				content ? documents(row.id()) : List.of(), row.version());
		// Last, so that the audit chain's lock is held for as short a time as possible.
		audit.record(AuditEvent.success("CASE_READ", RECORD_TYPE, loaded.id()).withDetails(loaded.access().name()));
		return details;
	}

	List<TeamMember> team(List<CaseRepository.MemberRow> members) {
		Set<UUID> ids = new HashSet<>();
		members.forEach(member -> ids.add(member.userId()));
		var people = colleagues.byIds(ids);
		return members.stream().map(member -> {
			var person = people.get(member.userId());
			return new TeamMember(member.id(), member.userId(), person == null ? null : person.username(),
					person == null ? null : person.displayName(), person == null ? null : person.organisationName(),
					member.part(), member.addedAt(), member.addedBy());
		}).toList();
	}

	private List<Referral> referrals(UUID caseId, Map<UUID, String> organisations) {
		return records.referrals(caseId)
			.stream()
			.map(r -> new Referral(r.id(), r.organisationId(), organisations.get(r.organisationId()), r.service(),
					r.basis(), r.basisDetail(), r.status(), r.statusNote(), r.createdAt(), r.createdBy(), r.updatedAt(),
					r.updatedBy()))
			.toList();
	}

	private List<CaseNote> notes(UUID caseId) {
		return records.notes(caseId)
			.stream()
			.map(note -> new CaseNote(note.id(),
					new String(cipher.decrypt(caseId, note.body()), StandardCharsets.UTF_8), note.createdAt(),
					note.createdBy()))
			.toList();
	}

	List<CaseDocument> documents(UUID caseId) {
		return records.documents(caseId)
			.stream()
			.map(d -> new CaseDocument(d.id(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(), d.description(),
					d.createdAt(), d.createdBy()))
			.toList();
	}

	/**
	 * Writes what happened to the timeline and the audit log, in the caller's transaction.
	 *
	 * @param kind the timeline's code, e.g. {@code PART_SAVED}
	 * @param detail a short code-like detail (a part, stages), never personal data
	 */
	void event(UUID caseId, String kind, String detail) {
		String actor = user().username();
		records.appendEvent(caseId, clock.instant(), actor, kind, detail);
		audit.record(AuditEvent.success("CASE_" + kind, RECORD_TYPE, caseId).withDetails(detail));
	}

	/** Rewrites the child's columns (for lists and search) from the facts and parts as they now stand. */
	void refreshChild(UUID caseId, Map<CasePart, Object> parts) {
		List<IdentityFact> facts = facts(caseId);
		var child = CaseFactsAssembler.child(facts, parts);
		cases.updateChild(caseId, child.displayName(), child.sex(), child.birthEarliest(), child.birthLatest(),
				child.nationalityClaimed(), CaseFactsAssembler.searchKeys(facts), child.childMissing(),
				child.disclosureEndangers(), clock.instant(), user().username());
	}

	String toJson(Object value) {
		return json.writeValueAsString(value);
	}

}
