package org.protect.cases.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.protect.shared.crypto.Sha256;
import org.protect.accounts.Colleagues;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.CarePlan;
import org.protect.cases.CaseDocument;
import org.protect.cases.CaseFileEditing;
import org.protect.cases.CaseNote;
import org.protect.cases.CasePart;
import org.protect.cases.CasePermission;
import org.protect.cases.CaseStage;
import org.protect.cases.ConsentSource;
import org.protect.cases.DocumentContent;
import org.protect.cases.FactKind;
import org.protect.cases.Guardianship;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.PartVersion;
import org.protect.cases.PlacementConsent;
import org.protect.cases.Referral;
import org.protect.cases.ReferralCommand;
import org.protect.cases.ReferralStatus;
import org.protect.identity.NameKeys;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseFileEditingService implements CaseFileEditing {

	private final CaseFiles files;

	private final CaseRepository cases;

	private final CaseRecordsRepository records;

	private final JsonMapper json;

	private final Colleagues colleagues;

	private final CaseDataCipher cipher;

	private final CasesConfiguration.DocumentScanners scanners;

	private final CasesProperties properties;

	private final AuditLog audit;

	CaseFileEditingService(CaseFiles files, CaseRepository cases, CaseRecordsRepository records, JsonMapper json,
			Colleagues colleagues, CaseDataCipher cipher, CasesConfiguration.DocumentScanners scanners,
			CasesProperties properties, AuditLog audit) {
		this.files = files;
		this.cases = cases;
		this.records = records;
		this.json = json;
		this.colleagues = colleagues;
		this.cipher = cipher;
		this.scanners = scanners;
		this.properties = properties;
		this.audit = audit;
	}

	// --- identity facts ---

	@Override
	public IdentityFact addIdentityFact(UUID caseId, IdentityFactInput fact) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.EDIT);
		Objects.requireNonNull(fact, "fact");
		CaseInputValidator.fact(fact, files.today());
		IdentityFact saved = insertFact(caseId,
				fact.statedOn() == null ? fact.statedBy(fact.statedBy(), files.today()) : fact,
				CaseFactsAssembler.languageHint(loaded.facts()));
		files.refreshChild(caseId, loaded.parts());
		cases.touch(caseId, files.clock().instant(), loaded.user().username());
		files.event(caseId, "FACT_ADDED", fact.kind().name());
		return saved;
	}

	/** Stores a fact, with a name's Latin transliteration filled in by the standard of its script. */
	IdentityFact insertFact(UUID caseId, IdentityFactInput fact, String languageHint) {
		IdentityFactInput value = fact;
		if (fact.kind() == FactKind.NAME || fact.kind() == FactKind.ALIAS) {
			value = new IdentityFactInput(fact.kind(), strip(fact.givenName()), strip(fact.familyName()),
					latin(fact.givenNameLatin(), fact.givenName(), languageHint),
					latin(fact.familyNameLatin(), fact.familyName(), languageHint),
					null, null, null, null, null, null, null, null, null, null, null, null, null, fact.source(),
					fact.statedBy(), fact.statedOn());
		}
		else if (fact.country() != null) {
			value = fact.withCountry(fact.country().strip().toUpperCase(Locale.ROOT));
		}
		if (fact.kind() == FactKind.SEX) {
			value = value.withSex(fact.sex().strip().toUpperCase(Locale.ROOT));
		}
		UUID id = UUID.randomUUID();
		var now = files.clock().instant();
		String by = CaseFiles.user().username();
		records.insertFact(id, caseId, value.kind().name(), json.writeValueAsString(value), strip(value.statedBy()),
				value.source().strip(), value.statedOn() == null ? files.today() : value.statedOn(), now, by);
		return new IdentityFact(id, value, now, by, false, null);
	}

	private static String latin(String given, String original, String languageHint) {
		if (given != null && !given.isBlank()) {
			return given.strip();
		}
		if (original == null || original.isBlank()) {
			return null;
		}
		return NameKeys.latin(original.strip(), languageHint);
	}

	@Override
	public void voidIdentityFact(UUID caseId, UUID factId, String reason) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.EDIT);
		var problems = new InvalidInputException.Collector();
		CaseInputValidator.required(problems, "reason", reason, CaseInputValidator.LONG);
		problems.throwIfAny();
		if (!records.voidFact(caseId, factId, reason.strip(), files.clock().instant(), loaded.user().username())) {
			throw new NotFoundException("cases.fact.notFound");
		}
		files.refreshChild(caseId, loaded.parts());
		cases.touch(caseId, files.clock().instant(), loaded.user().username());
		files.event(caseId, "FACT_VOIDED", factId.toString());
	}

	// --- parts ---

	@Override
	public PartVersion savePart(UUID caseId, CasePart part, Object document, Integer expectedVersion) {
		if (part == null || part == CasePart.CLOSURE) {
			// Closure is given with the transition to CLOSED, which a supervisor makes.
			throw new ConflictException("cases.part.closureByTransition");
		}
		CaseFiles.Loaded loaded = editable(caseId, part == CasePart.BEST_INTERESTS_ASSESSMENT
				? CasePermission.EDIT_CHILD_VIEWS : CasePermission.EDIT);
		if (document == null || !part.documentType().isInstance(document)) {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(part.path(),
					"validation.required")));
		}
		CaseInputValidator.part(document, files.today());
		StoredPart current = loaded.stored().get(part);
		int currentVersion = current == null ? 0 : current.version();
		if (expectedVersion != null && expectedVersion != currentVersion) {
			throw new ConflictException("cases.part.stale", currentVersion);
		}
		Object previous = loaded.parts().get(part);
		Object toStore = withKeptState(part, document, previous);
		return storePart(loaded, part, toStore);
	}

	/**
	 * What the node keeps itself, not taken from input: a replaced guardian goes to the history; an approval
	 * or acceptance stays only while the determination or plan is unchanged.
	 */
	private Object withKeptState(CasePart part, Object document, Object previous) {
		if (document instanceof Guardianship guardianship) {
			Guardianship before = (Guardianship) previous;
			List<Guardianship.PreviousGuardian> history = new ArrayList<>(
					before == null ? List.of() : before.previous());
			if (before != null && before.guardian() != null && !Objects.equals(before.guardian(), guardianship.guardian())) {
				if (guardianship.replacementReason() == null || guardianship.replacementReason().isBlank()) {
					throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("replacementReason",
							"cases.validation.replacementReason")));
				}
				history.add(new Guardianship.PreviousGuardian(before.guardian(),
						guardianship.guardian() == null ? files.today() : guardianship.guardian().appointedOn(),
						guardianship.replacementReason().strip()));
			}
			return guardianship.withPrevious(history);
		}
		if (document instanceof BestInterestsDetermination bid) {
			BestInterestsDetermination before = (BestInterestsDetermination) previous;
			boolean unchanged = before != null && before.withApproval(null).equals(bid.withApproval(null));
			return bid.withApproval(unchanged ? before.approval() : null);
		}
		if (document instanceof CarePlan plan) {
			CarePlan before = (CarePlan) previous;
			boolean unchanged = before != null && before.withAcceptance(null).equals(plan.withAcceptance(null));
			return plan.withAcceptance(unchanged ? before.acceptance() : null);
		}
		if (document instanceof PlacementConsent consent
				&& consent.source() == ConsentSource.RECEIVED_THROUGH_COOPERATION) {
			// Hague 1996 art. 33, Brussels IIb art. 82: only the receiving State's answer through cooperation
			// between central authorities is consent; the cooperation module records it, nobody types it in.
			throw new InvalidInputException(List.of(
					new InvalidInputException.FieldProblem("source", "cases.validation.consentOnlyThroughCooperation")));
		}
		return document;
	}

	/** Stores a part's next version, rewrites the child's columns and writes the timeline. */
	PartVersion storePart(CaseFiles.Loaded loaded, CasePart part, Object document) {
		StoredPart current = loaded.stored().get(part);
		var now = files.clock().instant();
		String by = loaded.user().username();
		int version = cases.savePart(loaded.id(), part, json.writeValueAsString(document),
				current == null ? 0 : current.version(), now, by);
		var parts = new java.util.EnumMap<CasePart, Object>(CasePart.class);
		parts.putAll(loaded.parts());
		parts.put(part, document);
		files.refreshChild(loaded.id(), parts);
		files.event(loaded.id(), "PART_SAVED", part.name());
		return new PartVersion(part, document, version, now, by);
	}

	Object read(StoredPart stored) {
		return json.readValue(stored.json(), stored.part().documentType());
	}

	@Override
	public PartVersion approveDetermination(UUID caseId) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.SUPERVISE);
		BestInterestsDetermination bid = (BestInterestsDetermination) loaded.parts()
			.get(CasePart.BEST_INTERESTS_DETERMINATION);
		if (bid == null) {
			throw new ConflictException("cases.bid.missing");
		}
		if (bid.approval() != null) {
			throw new ConflictException("cases.bid.alreadyApproved");
		}
		String username = loaded.user().username();
		String name = loaded.user().displayName();
		boolean onPanel = bid.panel()
			.stream()
			.anyMatch(member -> username.equalsIgnoreCase(strip(member.username()) == null ? "" : member.username().strip())
					|| (name != null && name.equalsIgnoreCase(member.name() == null ? "" : member.name().strip())));
		if (onPanel) {
			// The approval is a second pair of eyes, which a panel member cannot be for their own decision.
			audit.record(new AuditEvent("CASE_BID_APPROVAL_REFUSED", CaseFiles.RECORD_TYPE, caseId.toString(),
					AuditOutcome.DENIED, "approver on panel", null));
			throw new ConflictException("cases.bid.approverOnPanel");
		}
		var approved = bid.withApproval(new BestInterestsDetermination.Approval(username, files.clock().instant()));
		return storePart(loaded, CasePart.BEST_INTERESTS_DETERMINATION, approved);
	}

	@Override
	public PartVersion recordCarePlanAcceptance(UUID caseId, CarePlan.Acceptance acceptance) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.EDIT);
		CarePlan plan = (CarePlan) loaded.parts().get(CasePart.CARE_PLAN);
		if (plan == null) {
			throw new ConflictException("cases.carePlan.missing");
		}
		var problems = new InvalidInputException.Collector();
		if (plan.receivingAgency() == null || plan.receivingAgency().isBlank()) {
			problems.add("receivingAgency", "cases.validation.noReceivingAgency");
		}
		if (acceptance == null || acceptance.acceptedOn() == null) {
			problems.add("acceptedOn", "validation.required");
		}
		else if (acceptance.acceptedOn().isAfter(files.today())) {
			problems.add("acceptedOn", "cases.validation.future");
		}
		CaseInputValidator.required(problems, "reference", acceptance == null ? null : acceptance.reference(),
				CaseInputValidator.SHORT);
		problems.throwIfAny();
		return storePart(loaded, CasePart.CARE_PLAN, plan.withAcceptance(new CarePlan.Acceptance(
				acceptance.acceptedOn(), acceptance.reference().strip(), loaded.user().username())));
	}

	// --- referrals ---

	@Override
	public Referral refer(UUID caseId, ReferralCommand command) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.EDIT);
		var problems = new InvalidInputException.Collector();
		var organisations = colleagues.organisationNames();
		if (command.organisationId() == null || !organisations.containsKey(command.organisationId())) {
			problems.add("organisationId", "validation.organisation.unknown");
		}
		CaseInputValidator.required(problems, "service", command.service(), CaseInputValidator.SHORT);
		if (command.basis() == null) {
			problems.add("basis", "validation.required");
		}
		CaseInputValidator.required(problems, "basisDetail", command.basisDetail(), CaseInputValidator.SHORT);
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		var now = files.clock().instant();
		String by = loaded.user().username();
		records.insertReferral(id, caseId, command.organisationId(), command.service().strip(), command.basis(),
				command.basisDetail().strip(), now, by);
		cases.touch(caseId, now, by);
		files.event(caseId, "REFERRAL_SENT", id.toString());
		return new Referral(id, command.organisationId(), organisations.get(command.organisationId()),
				command.service().strip(), command.basis(), command.basisDetail().strip(), ReferralStatus.SENT, null, now,
				by, now, by);
	}

	@Override
	public Referral updateReferral(UUID caseId, UUID referralId, ReferralStatus status, String note) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.EDIT);
		var referral = records.referrals(caseId)
			.stream()
			.filter(r -> r.id().equals(referralId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("cases.referral.notFound"));
		var problems = new InvalidInputException.Collector();
		if (status == null) {
			problems.add("status", "validation.required");
		}
		CaseInputValidator.optional(problems, "note", note, CaseInputValidator.LONG);
		problems.throwIfAny();
		if (!referral.status().mayBecome(status)) {
			throw new ConflictException("cases.referral.statusChange", referral.status(), status);
		}
		var now = files.clock().instant();
		String by = loaded.user().username();
		if (!records.updateReferral(caseId, referralId, referral.status(), status, strip(note), now, by)) {
			throw new ConflictException("cases.referral.changedMeanwhile");
		}
		cases.touch(caseId, now, by);
		files.event(caseId, "REFERRAL_" + status, referralId.toString());
		var organisations = colleagues.organisationNames();
		return new Referral(referralId, referral.organisationId(), organisations.get(referral.organisationId()),
				referral.service(), referral.basis(), referral.basisDetail(), status, strip(note), referral.createdAt(),
				referral.createdBy(), now, by);
	}

	// --- notes and documents ---

	@Override
	public CaseNote addNote(UUID caseId, String body) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.EDIT_CHILD_VIEWS);
		var problems = new InvalidInputException.Collector();
		CaseInputValidator.required(problems, "body", body, CaseInputValidator.LONG);
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		var now = files.clock().instant();
		String by = loaded.user().username();
		records.insertNote(id, caseId, cipher.encrypt(caseId, body.strip().getBytes(StandardCharsets.UTF_8)), now, by);
		cases.touch(caseId, now, by);
		files.event(caseId, "NOTE_ADDED", id.toString());
		return new CaseNote(id, body.strip(), now, by);
	}

	@Override
	public CaseDocument attach(UUID caseId, String fileName, String contentType, byte[] content, String description) {
		CaseFiles.Loaded loaded = editable(caseId, CasePermission.EDIT);
		var problems = new InvalidInputException.Collector();
		String name = fileName == null ? null : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		CaseInputValidator.required(problems, "fileName", name, CaseInputValidator.SHORT);
		CaseInputValidator.optional(problems, "description", description, CaseInputValidator.SHORT);
		String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
		if (content == null || content.length == 0) {
			problems.add("file", "cases.validation.emptyDocument");
		}
		else if (content.length > properties.maxDocumentBytes()) {
			problems.add("file", "cases.validation.documentTooLarge", properties.maxDocumentBytes() / (1024 * 1024));
		}
		else if (!properties.documentTypes().contains(type) || !DocumentTypes.looksLike(type, content)) {
			// The declared type must be allowed and match the content: a renamed executable is not a PDF.
			problems.add("file", "cases.validation.documentType", String.join(", ", properties.documentTypes()));
		}
		problems.throwIfAny();
		if (!scanners.clean(name, type, content)) {
			audit.record(new AuditEvent("CASE_DOCUMENT_REFUSED", CaseFiles.RECORD_TYPE, caseId.toString(),
					AuditOutcome.DENIED, "scanner", null));
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("file",
					"cases.validation.documentInfected")));
		}
		UUID id = UUID.randomUUID();
		var now = files.clock().instant();
		String by = loaded.user().username();
		String sha256 = Sha256.hex(content);
		records.insertDocument(id, caseId, name, type, content.length, sha256, cipher.encrypt(caseId, content),
				description == null || description.isBlank() ? null : description.strip(), now, by);
		cases.touch(caseId, now, by);
		files.event(caseId, "DOCUMENT_ATTACHED", id.toString());
		return new CaseDocument(id, name, type, content.length, sha256, description, now, by);
	}

	@Override
	public DocumentContent download(UUID caseId, UUID documentId) {
		CaseFiles.Loaded loaded = files.load(caseId, false);
		files.require(loaded, CasePermission.DOWNLOAD);
		CaseDocument document = files.documents(caseId)
			.stream()
			.filter(d -> d.id().equals(documentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("cases.document.notFound"));
		byte[] stored = records.documentContent(caseId, documentId).orElseThrow();
		byte[] content = cipher.decrypt(caseId, stored);
		files.event(caseId, "DOCUMENT_DOWNLOADED", documentId.toString());
		return new DocumentContent(document, content);
	}

	/** Loads the case locked for a change: the permission, and a closed case refuses every change. */
	private CaseFiles.Loaded editable(UUID caseId, CasePermission permission) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, permission);
		if (loaded.row().stage() == CaseStage.CLOSED) {
			throw new ConflictException("cases.closed.readOnly");
		}
		return loaded;
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}


}
