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

	CaseMatchingService(CaseFiles files, CaseRepository cases, CaseRecordsRepository records, CaseLinkRepository links,
			Colleagues colleagues, AuditLog audit) {
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
			CaseAccess access = CaseAccessPolicy.access(loaded.user(), row, cases.members(row.id()),
					cases.disclosures(row.id()));
			matches.add(new PossibleMatch(row.id(), row.caseNumber(), organisations.get(row.organisationId()), access,
					access.showsChild() ? row.displayName() : null,
					result != null && result.matchClass() == MatchClass.LIKELY, result == null ? 0 : result.score(),
					result == null ? List.of() : names(result.explanation().agreeing()),
					result == null ? List.of() : names(result.explanation().disagreeing()),
					link == null ? null : link.decision(), link == null ? null : link.id()));
		}
		matches.sort(Comparator.comparing((PossibleMatch match) -> match.decision() == null)
			.thenComparing(Comparator.comparingDouble(PossibleMatch::score).reversed()));
		audit.record(AuditEvent.success("CASE_MATCHES_READ", CaseFiles.RECORD_TYPE, caseId)
			.withDetails(matches.size() + " shown of " + candidates.size() + " candidates"));
		return matches;
	}

	@Override
	public void decide(UUID caseId, UUID otherCaseId, MatchDecision decision, String reason) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.EDIT);
		var problems = new InvalidInputException.Collector();
		if (decision == null) {
			problems.add("decision", "validation.required");
		}
		if (otherCaseId == null || otherCaseId.equals(caseId)) {
			problems.add("otherCaseId", "validation.required");
		}
		CaseInputValidator.optional(problems, "reason", reason, CaseInputValidator.LONG);
		problems.throwIfAny();
		if (cases.find(otherCaseId).isEmpty()) {
			throw new NotFoundException("cases.notFound");
		}
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

	@Override
	public void undo(UUID caseId, UUID linkId) {
		CaseFiles.Loaded loaded = files.load(caseId, true);
		files.require(loaded, CasePermission.EDIT);
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
