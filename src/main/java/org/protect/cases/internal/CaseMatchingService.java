package org.protect.cases.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.protect.accounts.Colleagues;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseAccess;
import org.protect.cases.CaseMatching;
import org.protect.cases.CasePermission;
import org.protect.cases.FactKind;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.MatchDecision;
import org.protect.cases.PossibleMatch;
import org.protect.identity.Address;
import org.protect.identity.BirthDate;
import org.protect.identity.FieldOutcome;
import org.protect.identity.IdentityMatcher;
import org.protect.identity.MatchClass;
import org.protect.identity.MatchResult;
import org.protect.identity.PersonRecord;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseMatchingService implements CaseMatching {

	/** Blocking keeps at most this many candidates to score. */
	static final int CANDIDATES = 500;

	private static final IdentityMatcher MATCHER = IdentityMatcher.withDefaults();

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final CaseFiles files;

	private final CaseRepository cases;

	private final CaseRecordsRepository records;

	private final CaseLinkRepository links;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final MatchLookupLimit limit;

	CaseMatchingService(CaseFiles files, CaseRepository cases, CaseRecordsRepository records, CaseLinkRepository links,
			Colleagues colleagues, AuditLog audit, MatchLookupLimit limit) {
		this.limit = limit;
		this.files = files;
		this.cases = cases;
		this.records = records;
		this.links = links;
		this.colleagues = colleagues;
		this.audit = audit;
	}

	@Override
	public List<PossibleMatch> possibleMatches(UUID caseId) {
		CaseFiles.Loaded loaded = files.load(caseId, false);
		files.require(loaded, CasePermission.EDIT);
		limit.admit(loaded.user().id());
		Map<UUID, CaseLinkRepository.LinkRow> decided = new HashMap<>();
		links.decisions(caseId).forEach(link -> decided.put(link.otherCaseId(), link));
		List<String> keys = Arrays.stream(CaseFactsAssembler.searchKeys(loaded.facts()).strip().split(" "))
			.filter(key -> key.length() >= 2)
			.toList();
		List<CaseRow> candidates = links.candidates(caseId, keys, CANDIDATES);
		Map<UUID, CaseRow> rows = new HashMap<>();
		candidates.forEach(row -> rows.put(row.id(), row));
		for (var link : decided.values()) {
			if (!rows.containsKey(link.otherCaseId())) {
				cases.find(link.otherCaseId()).ifPresent(row -> rows.put(row.id(), row));
			}
		}
		var facts = records.factsOf(rows.keySet());
		List<PersonRecord> register = new ArrayList<>();
		for (CaseRow row : rows.values()) {
			register.add(person(row, files.facts(facts.getOrDefault(row.id(), List.of()))));
		}
		PersonRecord probe = person(loaded.row(), loaded.facts());
		Map<UUID, MatchResult> scored = new HashMap<>();
		for (MatchResult result : MATCHER.possibleMatches(probe, register)) {
			scored.put(UUID.fromString(result.rightId()), result);
		}
		Map<UUID, String> organisations = colleagues.organisationNames();
		List<PossibleMatch> matches = new ArrayList<>();
		for (CaseRow row : rows.values()) {
			var link = decided.get(row.id());
			MatchResult result = scored.get(row.id());
			if (link != null && link.decision() == MatchDecision.DISMISSED) {
				continue;
			}
			if (result == null && link == null) {
				continue;
			}
			var members = cases.members(row.id());
			CaseAccess access = CaseAccessPolicy.access(loaded.user(), row, members, cases.disclosures(row.id()));
			if (!access.showsChild()) {
				// A case the reader may not open is named by its number and organisation, to contact, and
				// nothing more: no score and no field-by-field agreement, which would let someone test
				// guesses about another child by editing their own case's facts (issue 13). The other
				// team's audit log shows who was told of their case, from which case.
				audit.record(AuditEvent.success("CASE_MATCH_SHOWN", CaseFiles.RECORD_TYPE, row.id())
					.withDetails("to the team of case " + caseId));
				matches.add(new PossibleMatch(row.id(), row.caseNumber(), organisations.get(row.organisationId()),
						access, null, false, 0, List.of(), List.of(), link == null ? null : link.decision(),
						link == null ? null : link.id(), false));
				continue;
			}
			boolean mayDecide = CaseAccessPolicy.permissions(loaded.user(), row, access, members)
				.contains(CasePermission.EDIT);
			matches.add(new PossibleMatch(row.id(), row.caseNumber(), organisations.get(row.organisationId()), access,
					row.displayName(), result != null && result.matchClass() == MatchClass.LIKELY,
					result == null ? 0 : result.score(),
					result == null ? List.of() : names(result.explanation().agreeing()),
					result == null ? List.of() : names(result.explanation().disagreeing()),
					link == null ? null : link.decision(), link == null ? null : link.id(), mayDecide));
		}
		matches.sort(Comparator.comparing((PossibleMatch match) -> match.decision() == null)
			.thenComparing(Comparator.comparingDouble(PossibleMatch::score).reversed()));
		audit.record(AuditEvent.success("CASE_MATCHES_READ", CaseFiles.RECORD_TYPE, caseId)
			.withDetails(matches.size() + " shown of " + candidates.size() + " candidates"));
		return matches;
	}

	/**
	 * A decision on a pair changes both cases (a link shows on both, a dismissal hides the pair from both
	 * lists), so it needs the right to change both: a reader who may not change the other case is told it
	 * does not exist, exactly as for an unknown id, and learns nothing of it (issue 13). Across teams or
	 * organisations, the two teams decide together, by someone on both.
	 */
	@Override
	public void decide(UUID caseId, UUID otherCaseId, MatchDecision decision, String reason) {
		var problems = new InvalidInputException.Collector();
		if (decision == null) {
			problems.add("decision", "validation.required");
		}
		if (otherCaseId == null || otherCaseId.equals(caseId)) {
			problems.add("otherCaseId", "validation.required");
		}
		CaseInputValidator.optional(problems, "reason", reason, CaseInputValidator.LONG);
		if (otherCaseId != null && !otherCaseId.equals(caseId)) {
			// Both rows locked in one order, whichever side the decision is taken from, so that two people
			// deciding the same pair from either case wait for each other instead of deadlocking.
			boolean ownFirst = caseId.toString().compareTo(otherCaseId.toString()) < 0;
			cases.lock(ownFirst ? caseId : otherCaseId);
			cases.lock(ownFirst ? otherCaseId : caseId);
		}
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.EDIT);
		problems.throwIfAny();
		editableOther(otherCaseId, "cases.notFound");
		if (links.decisions(caseId).stream().anyMatch(link -> link.otherCaseId().equals(otherCaseId))) {
			throw new ConflictException("cases.match.alreadyDecided");
		}
		var now = files.clock().instant();
		UUID id = UUID.randomUUID();
		links.insert(id, caseId, otherCaseId, decision, reason == null || reason.isBlank() ? null : reason.strip(), now,
				loaded.user().username());
		files.event(caseId, "MATCH_" + decision, otherCaseId.toString());
		if (decision == MatchDecision.CONFIRMED) {
			// The other case's team learns of the link on their timeline.
			files.event(otherCaseId, "MATCH_CONFIRMED", caseId.toString());
		}
	}

	/**
	 * The other case of a pair, if the reader may change it; else "not found", the same answer whether it
	 * does not exist or is not theirs, and the refusal audited.
	 */
	private CaseFiles.Loaded editableOther(UUID otherCaseId, String notFoundKey) {
		CaseFiles.Loaded other;
		try {
			other = files.load(otherCaseId, true);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(notFoundKey);
		}
		if (!other.may(CasePermission.EDIT)) {
			audit.record(new AuditEvent("CASE_ACCESS_REFUSED", CaseFiles.RECORD_TYPE, otherCaseId.toString(),
					AuditOutcome.DENIED, "match decision needs " + CasePermission.EDIT, null));
			throw new NotFoundException(notFoundKey);
		}
		return other;
	}

	/** Undoing a decision changes both cases as the decision did, so it needs the right to change both. */
	@Override
	public void undo(UUID caseId, UUID linkId) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.EDIT);
		var link = links.decisions(caseId).stream().filter(row -> row.id().equals(linkId)).findFirst()
			.orElseThrow(() -> new NotFoundException("cases.match.notFound"));
		editableOther(link.otherCaseId(), "cases.match.notFound");
		if (!links.undo(caseId, linkId, files.clock().instant(), loaded.user().username())) {
			throw new NotFoundException("cases.match.notFound");
		}
		files.event(caseId, "MATCH_UNDONE", linkId.toString());
	}

	/** The child of a case as the identity engine reads it: the current name, birth range, sex, nationality. */
	private static PersonRecord person(CaseRow row, List<IdentityFact> facts) {
		IdentityFactInput name = CaseFactsAssembler.current(facts, FactKind.NAME).orElse(null);
		BirthDate birth = null;
		if (row.birthEarliest() != null && row.birthLatest() != null) {
			birth = row.birthEarliest().equals(row.birthLatest()) ? BirthDate.parse(row.birthLatest().format(DAY))
					: BirthDate.parse(row.birthEarliest().format(DAY) + ".." + row.birthLatest().format(DAY));
		}
		return new PersonRecord(row.id().toString(), name == null ? null : name.givenName(),
				name == null ? null : name.familyName(), birth,
				"U".equals(row.sex()) ? null : row.sex().toLowerCase(Locale.ROOT), row.nationalityClaimed(),
				Address.NONE);
	}

	private static List<String> names(List<FieldOutcome> outcomes) {
		return outcomes.stream().map(outcome -> outcome.field() + "=" + outcome.level()).toList();
	}

}
