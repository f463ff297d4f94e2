package org.protect.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.protect.accounts.Colleagues;
import org.protect.cases.CasePart;
import org.protect.cases.CaseStage;
import org.protect.cases.FactKind;
import org.protect.cases.Safeguard;
import org.protect.cases.TeamPart;
import org.protect.cases.TimelineEntry;
import org.protect.cases.TimelineLine;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Reads the timeline's stored codes as sentences: stages, parts, kinds of fact and parts in the team by
 * their names, another case by its number, an organisation and a person by their names. The stored entry
 * (kind and detail, which the audit chain also holds) is never changed; a detail that is only an internal
 * id with nothing to say to a reader is left out.
 */
@Component
class TimelineWording {

	private static final Pattern TRANSITION = Pattern
		.compile("([A-Z_]+)->([A-Z_]+)(?: overriding \\[([A-Z0-9_, ]*)\\])?");

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** A cooperation step's detail: the request type, then the message reference. */
	private static final Pattern REQUEST = Pattern.compile("([A-Z][A-Z_]+) (\\S+)");

	private final CaseRepository cases;

	private final Colleagues colleagues;

	TimelineWording(CaseRepository cases, Colleagues colleagues) {
		this.cases = cases;
		this.colleagues = colleagues;
	}

	List<TimelineLine> lines(UUID caseId, List<TimelineEntry> entries) {
		Lookups lookups = lookups(caseId, entries);
		List<TimelineLine> lines = new ArrayList<>();
		for (TimelineEntry entry : entries) {
			Detail detail = detail(entry, lookups);
			lines.add(new TimelineLine(entry.at(), lookups.people().getOrDefault(entry.actor(), entry.actor()),
					entry.messageKey(), detail == null ? null : detail.key(),
					detail == null ? List.of() : detail.arguments()));
		}
		return lines;
	}

	private record Detail(String key, List<Object> arguments) {

		static Detail of(String key, Object... arguments) {
			return new Detail(key, List.of(arguments));
		}

	}

	/** Names of the people, cases and organisations the entries refer to, read once for all of them. */
	private record Lookups(Map<String, String> people, Map<UUID, String> peopleById, Map<UUID, String> caseNumbers,
			Map<UUID, String> organisations) {
	}

	private Lookups lookups(UUID caseId, List<TimelineEntry> entries) {
		Map<String, String> people = new HashMap<>();
		Set<UUID> ids = new HashSet<>();
		for (TimelineEntry entry : entries) {
			if (entry.actor() != null && !people.containsKey(entry.actor())) {
				people.put(entry.actor(), colleagues.byUsername(entry.actor())
					.map(Colleagues.Colleague::displayName)
					.orElse(entry.actor()));
			}
			if (entry.kind().equals("TEAM_MEMBER_ADDED") && entry.detail() != null && entry.detail().contains(" ")) {
				String username = entry.detail().substring(entry.detail().indexOf(' ') + 1);
				people.computeIfAbsent(username, name -> colleagues.byUsername(name)
					.map(Colleagues.Colleague::displayName)
					.orElse(name));
			}
			if (entry.detail() != null) {
				Matcher id = UUID_TEXT.matcher(entry.detail());
				while (id.find()) {
					ids.add(UUID.fromString(id.group()));
				}
			}
		}
		Map<UUID, String> numbers = new HashMap<>();
		cases.findAll(ids).forEach(row -> numbers.put(row.id(), row.caseNumber()));
		Map<UUID, String> byId = new HashMap<>();
		colleagues.byIds(ids).forEach((id, person) -> byId.put(id, person.displayName()));
		Map<UUID, String> organisations = new HashMap<>(colleagues.organisationNames());
		cases.disclosures(caseId).forEach(d -> organisations.putIfAbsent(d.id(), organisations.get(d.organisationId())));
		return new Lookups(people, byId, numbers, organisations);
	}

	private Detail detail(TimelineEntry entry, Lookups lookups) {
		String detail = entry.detail() == null ? "" : entry.detail().strip();
		if (detail.isEmpty()) {
			return null;
		}
		String kind = entry.kind();
		return switch (kind) {
			case "REGISTERED" -> Detail.of("cases.timeline.detail.caseNumber", detail);
			case "TRANSITION", "REOPENED" -> transition(detail);
			case "FACT_ADDED" -> named("enum.FactKind.", FactKind.class, detail);
			case "PART_SAVED" -> named("enum.CasePart.", CasePart.class, detail);
			case "TEAM_MEMBER_ADDED", "TEAM_MEMBER_REMOVED" -> member(detail, lookups);
			case "MATCH_CONFIRMED", "MATCH_DISMISSED" -> otherCase(detail, lookups);
			case "DISCLOSED", "DISCLOSURE_REVOKED" -> organisation(detail, lookups);
			default -> reference(detail);
		};
	}

	private static Detail transition(String detail) {
		Matcher m = TRANSITION.matcher(detail);
		if (!m.matches() || !isValue(CaseStage.class, m.group(1)) || !isValue(CaseStage.class, m.group(2))) {
			return null;
		}
		var from = message("enum.CaseStage." + m.group(1));
		var to = message("enum.CaseStage." + m.group(2));
		if (m.group(3) == null || m.group(3).isBlank()) {
			return Detail.of("cases.timeline.detail.stages", from, to);
		}
		List<Object> overridden = new ArrayList<>();
		for (String code : m.group(3).split(",\\s*")) {
			if (isValue(Safeguard.class, code)) {
				overridden.add(message(Safeguard.valueOf(code).messageKey()));
			}
		}
		return overridden.isEmpty() ? Detail.of("cases.timeline.detail.stages", from, to)
				: Detail.of("cases.timeline.detail.stagesOverriding", from, to, joined(overridden));
	}

	/** {@code PART username} (added) or {@code PART user-id} (removed): the person's name and their part. */
	private static Detail member(String detail, Lookups lookups) {
		String[] words = detail.split(" ", 2);
		if (words.length < 2 || !isValue(TeamPart.class, words[0])) {
			return null;
		}
		String who = isId(words[1]) ? lookups.peopleById().get(UUID.fromString(words[1]))
				: lookups.people().getOrDefault(words[1], words[1]);
		var part = message("enum.TeamPart." + words[0]);
		return who == null ? Detail.of("cases.timeline.detail.part", part)
				: Detail.of("cases.timeline.detail.member", who, part);
	}

	private static Detail otherCase(String detail, Lookups lookups) {
		return Optional.ofNullable(isId(detail) ? lookups.caseNumbers().get(UUID.fromString(detail)) : null)
			.map(number -> Detail.of("cases.timeline.detail.otherCase", number))
			.orElse(null);
	}

	private static Detail organisation(String detail, Lookups lookups) {
		return Optional.ofNullable(isId(detail) ? lookups.organisations().get(UUID.fromString(detail)) : null)
			.map(name -> Detail.of("cases.timeline.detail.organisation", name))
			.orElse(null);
	}

	/** A cooperation step: the request type by its name and the message's reference; an id alone says nothing. */
	private static Detail reference(String detail) {
		if (isId(detail) || detail.matches("[A-Z0-9_]+")) {
			return null;
		}
		Matcher request = REQUEST.matcher(detail);
		if (request.matches()) {
			return Detail.of("cases.timeline.detail.request", message("enum.RequestType." + request.group(1)),
					request.group(2));
		}
		return Detail.of("cases.timeline.detail.reference", detail);
	}

	private static <E extends Enum<E>> Detail named(String prefix, Class<E> type, String detail) {
		return isValue(type, detail) ? Detail.of("cases.timeline.detail.named", message(prefix + detail)) : null;
	}

	private static DefaultMessageSourceResolvable message(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	/** Several messages read as one argument, joined by the language's list separator. */
	private static DefaultMessageSourceResolvable joined(List<Object> messages) {
		if (messages.size() == 1) {
			return (DefaultMessageSourceResolvable) messages.get(0);
		}
		Object first = messages.get(0);
		Object rest = joined(messages.subList(1, messages.size()));
		return new DefaultMessageSourceResolvable(new String[] { "cases.timeline.detail.and" },
				new Object[] { first, rest });
	}

	private static boolean isId(String text) {
		return UUID_TEXT.matcher(text).matches();
	}

	private static <E extends Enum<E>> boolean isValue(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
