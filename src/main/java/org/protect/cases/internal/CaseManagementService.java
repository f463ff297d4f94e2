package org.protect.cases.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.protect.accounts.Colleagues;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.cases.Actor;
import org.protect.cases.CaseAccess;
import org.protect.cases.CaseAlert;
import org.protect.cases.CaseDetails;
import org.protect.cases.CaseFacts;
import org.protect.cases.CaseFile;
import org.protect.cases.CaseId;
import org.protect.cases.CaseManagement;
import org.protect.cases.CasePart;
import org.protect.cases.CasePermission;
import org.protect.cases.CaseQuery;
import org.protect.cases.CaseSearchResults;
import org.protect.cases.CaseStage;
import org.protect.cases.CaseSummary;
import org.protect.cases.FactKind;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.RegisterChildCommand;
import org.protect.cases.Safeguard;
import org.protect.cases.SafeguardGates;
import org.protect.cases.TeamPart;
import org.protect.cases.TimelineEntry;
import org.protect.cases.TimelineLine;
import org.protect.cases.Transition;
import org.protect.cases.TransitionCommand;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseManagementService implements CaseManagement {

	private static final SafeguardGates GATES = new SafeguardGates();

	/** The home page looks at the most recently changed cases of the reader's teams, at most this many. */
	static final int ATTENTION_LIMIT = 500;

	private final CaseFiles files;

	private final CaseRepository cases;

	private final CaseSearchRepository search;

	private final CaseRecordsRepository records;

	private final Colleagues colleagues;

	private final CasesProperties properties;

	private final NodeProperties node;

	private final AuditLog audit;

	private final CaseFileEditingService editing;

	private final TimelineWording wording;

	CaseManagementService(CaseFiles files, CaseRepository cases, CaseSearchRepository search,
			CaseRecordsRepository records, Colleagues colleagues, CasesProperties properties, NodeProperties node,
			AuditLog audit, CaseFileEditingService editing, TimelineWording wording) {
		this.wording = wording;
		this.files = files;
		this.cases = cases;
		this.search = search;
		this.records = records;
		this.colleagues = colleagues;
		this.properties = properties;
		this.node = node;
		this.audit = audit;
		this.editing = editing;
	}

	@Override
	public CaseDetails register(RegisterChildCommand command) {
		CurrentUser user = CaseFiles.user();
		if (!CaseAccessPolicy.mayRegister(user)) {
			throw new AccessDeniedException("only child-protection staff and border officers register children");
		}
		var today = files.today();
		CaseInputValidator.registration(command, today);
		UUID organisation = owningOrganisation(command, user);
		UUID id = UUID.randomUUID();
		var now = files.clock().instant();
		var identifiedOn = command.identifiedOn() == null ? today : command.identifiedOn();
		String source = blank(command.source()) ? "CHILD_STATEMENT" : command.source().strip();
		String number = cases.nextCaseNumber(node.country(), identifiedOn.getYear());
		cases.insert(new CaseRow(id, number, organisation, CaseStage.IDENTIFIED, identifiedOn, user.id(), "?", "U",
				null, null, null, false, false, 0, now, user.username(), now, user.username()), " ");
		List<IdentityFactInput> facts = new ArrayList<>();
		facts.add(IdentityFactInput.name(FactKind.NAME, command.givenName().strip(), command.familyName().strip(),
				source));
		command.aliases().forEach(alias -> facts.add(IdentityFactInput.name(FactKind.ALIAS, alias.strip(), null,
				source)));
		facts.add(IdentityFactInput.of(FactKind.SEX, source).withSex(command.sex().strip().toUpperCase(Locale.ROOT)));
		facts.add(IdentityFactInput.of(FactKind.BIRTH_DATE, source)
			.withBirth(command.birthDate(), command.birthYear(), command.birthEarliest(), command.birthLatest()));
		facts.add(IdentityFactInput.of(FactKind.NATIONALITY_CLAIMED, source)
			.withCountry(command.nationalityClaimed().strip().toUpperCase(Locale.ROOT)));
		if (!blank(command.language())) {
			facts.add(IdentityFactInput.of(FactKind.LANGUAGE, source)
				.withLanguage(command.language().strip().toLowerCase(Locale.ROOT),
						Boolean.TRUE.equals(command.interpreterNeeded())));
		}
		String languageHint = CaseFactsAssembler.languageHint(command.language(), command.nationalityClaimed());
		for (IdentityFactInput fact : facts) {
			editing.insertFact(id, fact.statedBy(null, identifiedOn), languageHint);
		}
		// Child-protection staff who register a child in their own organisation own the case from the start.
		if (CaseAccessPolicy.staff(user) && organisation.equals(user.organisationId())) {
			cases.insertMember(id, user.id(), TeamPart.OWNER, now, user.username());
		}
		files.refreshChild(id, Map.of());
		files.event(id, "REGISTERED", number);
		return files.details(files.load(id, false));
	}

	private UUID owningOrganisation(RegisterChildCommand command, CurrentUser user) {
		List<OrganisationSummary> socialServices = colleagues.organisations(OrganisationType.SOCIAL_SERVICES);
		if (command.organisationId() != null) {
			if (socialServices.stream().noneMatch(org -> org.id().equals(command.organisationId()))) {
				throw new InvalidInputException(List.of(
						new InvalidInputException.FieldProblem("organisationId", "cases.validation.organisation")));
			}
			return command.organisationId();
		}
		if (CaseAccessPolicy.staff(user)) {
			return user.organisationId();
		}
		if (properties.intakeOrganisation() != null) {
			return properties.intakeOrganisation();
		}
		return socialServices.stream()
			.map(OrganisationSummary::id)
			.findFirst()
			.orElseThrow(() -> new ConflictException("cases.register.noIntakeOrganisation"));
	}

	@Override
	public CaseDetails caseFile(UUID caseId) {
		return files.details(files.load(caseId, false));
	}

	@Override
	public CaseSearchResults search(CaseQuery query) {
		CurrentUser user = CaseFiles.user();
		var searcher = new CaseSearchRepository.Searcher(user.id(), user.organisationId(), CaseAccessPolicy.staff(user),
				user.has(Role.SUPERVISOR), user.has(Role.JUDGE), user.has(Role.BORDER_OFFICER));
		var page = search.search(searcher, query);
		List<CaseSummary> summaries = page.hits().stream().map(hit -> summary(hit.row(), hit.access(), List.of())).toList();
		// A search reveals who is on file: the reader and the number of cases shown are audited (the text is not,
		// it may be a child's name).
		audit.record(AuditEvent.success("CASE_SEARCH", CaseFiles.RECORD_TYPE, null)
			.withDetails("page " + query.page() + ", " + summaries.size() + " of " + page.total()));
		return new CaseSearchResults(summaries, page.total(), query.page(), query.size());
	}

	@Override
	public List<CaseSummary> casesNeedingAttention() {
		CurrentUser user = CaseFiles.user();
		List<CaseSummary> attention = new ArrayList<>();
		List<CaseRow> rows = search.teamCases(user.id(), ATTENTION_LIMIT);
		List<UUID> ids = rows.stream().map(CaseRow::id).toList();
		var allFacts = records.factsOf(ids);
		var allParts = cases.partsOf(ids);
		for (CaseRow row : rows) {
			var facts = files.facts(allFacts.getOrDefault(row.id(), List.of()));
			Map<CasePart, Object> parts = new EnumMap<>(CasePart.class);
			allParts.getOrDefault(row.id(), Map.of()).forEach((part, stored) -> parts.put(part, editing.read(stored)));
			List<CaseAlert> alerts = files.alerts(row, CaseFactsAssembler.facts(facts, parts), parts);
			if (!alerts.isEmpty()) {
				attention.add(summary(row, CaseAccess.TEAM, alerts));
			}
		}
		audit.record(AuditEvent.success("CASE_ALERTS_READ", CaseFiles.RECORD_TYPE, null)
			.withDetails(attention.size() + " cases"));
		return attention;
	}

	private static CaseSummary summary(CaseRow row, CaseAccess access, List<CaseAlert> alerts) {
		boolean child = access.showsChild();
		return new CaseSummary(row.id(), row.caseNumber(), row.stage(), access, child ? row.displayName() : null,
				child ? row.sex() : null, child ? row.birthEarliest() : null, child ? row.birthLatest() : null,
				child ? row.nationalityClaimed() : null, row.identifiedOn(), child && row.childMissing(), alerts);
	}

	@Override
	public CaseDetails transition(UUID caseId, TransitionCommand command) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.EDIT);
		CaseFacts facts = files.caseFacts(loaded);
		CaseFile file = CaseFile.restore(new CaseId(caseId), loaded.row().createdBy(), loaded.row().createdAt(),
				files.transitions(caseId), files.clock());
		if (file.stage() != loaded.row().stage()) {
			throw new IllegalStateException("case " + caseId + " stage differs from its history");
		}
		if (command.to() == CaseStage.CLOSED) {
			var problems = new InvalidInputException.Collector();
			CaseInputValidator.closure(problems, command.closure(), files.today());
			problems.throwIfAny();
		}
		Actor actor = new Actor(loaded.user().username(), loaded.may(CasePermission.SUPERVISE));
		Transition transition = file.transition(command.to(), command.reason(), actor, command.overrides(), facts);
		cases.insertTransition(caseId, transition.from(), transition.to(), transition.reason(), transition.actorId(),
				transition.at(), files.toJson(transition.overrides()));
		cases.updateStage(caseId, transition.to(), transition.at(), actor.id());
		if (transition.to() == CaseStage.CLOSED) {
			editing.storePart(loaded, CasePart.CLOSURE, command.closure());
		}
		String detail = transition.from() + "->" + transition.to();
		if (!transition.overrides().isEmpty()) {
			detail += " overriding " + transition.overrides().stream().map(o -> o.safeguard().code()).toList();
		}
		files.event(caseId, transition.from() == CaseStage.CLOSED ? "REOPENED" : "TRANSITION", detail);
		return files.details(files.load(caseId, false));
	}

	@Override
	public List<Safeguard> unmetSafeguards(UUID caseId, CaseStage to) {
		CaseFiles.Loaded loaded = files.load(caseId, false);
		if (!loaded.access().showsContent()) {
			throw new NotFoundException("cases.notFound");
		}
		if (to == null || to == loaded.row().stage()) {
			return List.of();
		}
		return GATES.unmet(files.caseFacts(loaded), loaded.row().stage(), to, files.today());
	}

	@Override
	public List<TimelineLine> inWords(UUID caseId, List<TimelineEntry> timeline) {
		return wording.lines(caseId, timeline);
	}

	@Override
	public List<TimelineEntry> timeline(UUID caseId) {
		CaseFiles.Loaded loaded = files.load(caseId, false);
		if (!loaded.access().showsContent()) {
			throw new NotFoundException("cases.notFound");
		}
		audit.record(AuditEvent.success("CASE_TIMELINE_READ", CaseFiles.RECORD_TYPE, caseId));
		return records.timeline(caseId);
	}

	@Override
	public void addTeamMember(UUID caseId, String username, TeamPart part) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.ASSIGN);
		requireOpen(loaded);
		var problems = new InvalidInputException.Collector();
		if (part == null) {
			problems.add("part", "validation.required");
		}
		var colleague = colleagues.byUsername(username).orElse(null);
		if (colleague == null) {
			problems.add("username", "cases.validation.unknownUser");
		}
		problems.throwIfAny();
		if (!CaseAccessPolicy.mayTake(colleague.roles(), part)) {
			problems.add("part", "cases.validation.roleCannotTakePart");
		}
		// Caseworkers and supervisors work for the organisation the case belongs to; a guardian may come from
		// a guardianship body or an NGO.
		if (part != TeamPart.GUARDIAN && !colleague.organisationId().equals(loaded.row().organisationId())) {
			problems.add("username", "cases.validation.otherOrganisation");
		}
		boolean already = loaded.members()
			.stream()
			.anyMatch(member -> member.userId().equals(colleague.id()) && member.part() == part);
		if (already) {
			problems.add("username", "cases.validation.alreadyOnTeam");
		}
		problems.throwIfAny();
		var now = files.clock().instant();
		String by = loaded.user().username();
		if (part == TeamPart.OWNER) {
			// One owner at a time: a new owner takes over.
			loaded.members()
				.stream()
				.filter(member -> member.part() == TeamPart.OWNER)
				.forEach(member -> cases.endMember(caseId, member.id(), now, by));
		}
		cases.insertMember(caseId, colleague.id(), part, now, by);
		cases.touch(caseId, now, by);
		files.event(caseId, "TEAM_MEMBER_ADDED", part + " " + colleague.username());
	}

	@Override
	public void removeTeamMember(UUID caseId, UUID memberId) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.ASSIGN);
		requireOpen(loaded);
		var member = loaded.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
			.orElseThrow(() -> new NotFoundException("cases.team.memberNotFound"));
		var now = files.clock().instant();
		cases.endMember(caseId, memberId, now, loaded.user().username());
		cases.touch(caseId, now, loaded.user().username());
		files.event(caseId, "TEAM_MEMBER_REMOVED", member.part() + " " + member.userId());
	}

	@Override
	public void disclose(UUID caseId, UUID courtOrganisationId, String reason) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		// Disclosing is transferring a child's file to a court: a supervisor's act, not any caseworker's.
		files.require(loaded, CasePermission.SUPERVISE);
		var problems = new InvalidInputException.Collector();
		boolean court = courtOrganisationId != null && colleagues.organisations(OrganisationType.COURT)
			.stream()
			.anyMatch(org -> org.id().equals(courtOrganisationId));
		if (!court) {
			problems.add("organisationId", "cases.validation.court");
		}
		CaseInputValidator.required(problems, "reason", reason, CaseInputValidator.LONG);
		if (court && loaded.disclosures().stream().anyMatch(d -> d.organisationId().equals(courtOrganisationId))) {
			problems.add("organisationId", "cases.validation.alreadyDisclosed");
		}
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		var now = files.clock().instant();
		cases.insertDisclosure(id, caseId, courtOrganisationId, reason.strip(), now, loaded.user().username());
		cases.touch(caseId, now, loaded.user().username());
		files.event(caseId, "DISCLOSED", courtOrganisationId.toString());
	}

	@Override
	public void revokeDisclosure(UUID caseId, UUID disclosureId) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.SUPERVISE);
		var now = files.clock().instant();
		if (!cases.revokeDisclosure(caseId, disclosureId, now, loaded.user().username())) {
			throw new NotFoundException("cases.disclosure.notFound");
		}
		cases.touch(caseId, now, loaded.user().username());
		files.event(caseId, "DISCLOSURE_REVOKED", disclosureId.toString());
	}

	private static void requireOpen(CaseFiles.Loaded loaded) {
		if (loaded.row().stage() == CaseStage.CLOSED) {
			throw new ConflictException("cases.closed.readOnly");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
