package org.protect.cooperation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.protect.cases.CasePart;
import tools.jackson.databind.JsonNode;

/**
 * The cross-border request types: each declares the legal bases it may be sent under, its default deadline
 * for the answer, who lets it leave the node by default, the parts of the case it may carry besides the
 * child's identity (minimisation), its own fields, and the rules for its payload and its answer. Both
 * nodes check a payload against these rules: the sender before it queues it, the recipient before it
 * stores it.
 */
public enum RequestType {

	/** Information or a social report on a child or family. */
	INFORMATION(List.of("Hague 1996 art. 32", "Hague 1996 art. 34", "Brussels IIb art. 80"), Period.ofMonths(3),
			SendRule.TEAM, EnumSet.noneOf(CasePart.class), List.of(Field.optional("questions")),
			List.of(Field.required("report")), true),

	/** A family or carer assessment in the other country. */
	FAMILY_ASSESSMENT(List.of("Hague 1996 art. 32", "Brussels IIb art. 80"), Period.ofMonths(3), SendRule.TEAM,
			EnumSet.of(CasePart.BEST_INTERESTS_ASSESSMENT), List.of(Field.optional("familyMembers")),
			Answer.GENERIC, false),

	/**
	 * Consent to a placement in care in the other country. Brussels IIb art. 82(2) wants the report and the
	 * reasons, the expected duration and the funding; art. 82(6): the answer within three months.
	 */
	PLACEMENT_CONSENT(List.of("Hague 1996 art. 33", "Brussels IIb art. 82"), Period.ofMonths(3),
			SendRule.CENTRAL_AUTHORITY, EnumSet.of(CasePart.CARE_PLAN, CasePart.BEST_INTERESTS_DETERMINATION),
			List.of(Field.required("reasons"), Field.optional("expectedDuration"), Field.optional("funding")),
			List.of(Field.choice("decision", true, "CONSENT", "REFUSE"), Field.optional("reasons")), true),

	/** A child in serious danger has moved to the other country: a notice, no answer is due. */
	SERIOUS_DANGER_NOTICE(List.of("Hague 1996 art. 36", "Brussels IIb art. 80(2)"), null, SendRule.TEAM,
			EnumSet.of(CasePart.RISK_ASSESSMENT), List.of(), Answer.GENERIC, false),

	/** Return or transfer: the care plan, the proposed receiving guardian, escort and hand-over. */
	RETURN_TRANSFER(List.of("Hague 1996 art. 32", "Hague 1996 arts. 8-9", "Brussels IIb arts. 12-13"),
			Period.ofMonths(1), SendRule.CENTRAL_AUTHORITY, EnumSet.of(CasePart.CARE_PLAN, CasePart.GUARDIANSHIP),
			List.of(), Answer.GENERIC, false),

	/** A follow-up report after a return, requested by the sending side. */
	FOLLOW_UP_REPORT(List.of("Hague 1996 art. 32", "Brussels IIb art. 80"), Period.ofMonths(1), SendRule.TEAM,
			EnumSet.of(CasePart.FOLLOW_UPS), List.of(), Answer.GENERIC, false),

	/** The child left care and may be heading to the other country. */
	MISSING_CHILD_ALERT(List.of("Hague 1996 art. 31(c)", "Brussels IIb art. 79(c)"), Period.ofDays(1),
			SendRule.TEAM, EnumSet.of(CasePart.MISSING), List.of(), Answer.GENERIC, false);

	/** The longest text a field takes. */
	public static final int MAX_TEXT = 20_000;

	/** Fields every request carries, besides its type's own. */
	static final List<String> COMMON = List.of("message", "answerBy", "case");

	private final List<String> legalBases;

	private final Period deadline;

	private final SendRule defaultSendRule;

	private final Set<CasePart> parts;

	private final List<Field> fields;

	private final List<Field> answerFields;

	private final boolean available;

	RequestType(List<String> legalBases, Period deadline, SendRule defaultSendRule, Set<CasePart> parts,
			List<Field> fields, List<Field> answerFields, boolean available) {
		this.legalBases = List.copyOf(legalBases);
		this.deadline = deadline;
		this.defaultSendRule = defaultSendRule;
		this.parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
		this.fields = List.copyOf(fields);
		this.answerFields = List.copyOf(answerFields);
		this.available = available;
	}

	public List<String> legalBases() {
		return legalBases;
	}

	/** How long the recipient has to answer, or {@code null} when no answer is due (a notice). */
	public Period deadline() {
		return deadline;
	}

	public SendRule defaultSendRule() {
		return defaultSendRule;
	}

	/** The parts of the case the request may carry besides the child's identity; nothing else leaves. */
	public Set<CasePart> parts() {
		return parts;
	}

	/** The type's own fields, besides {@code message}. */
	public List<Field> fields() {
		return fields;
	}

	public List<Field> answerFields() {
		return answerFields;
	}

	/** Whether this node sends and answers this type yet (the others are declared, not built). */
	public boolean available() {
		return available;
	}

	public static RequestType ofCode(String code) {
		for (RequestType type : values()) {
			if (type.name().equals(code)) {
				return type;
			}
		}
		return null;
	}

	/** What is wrong with a request's payload, as short codes without personal data. */
	public List<String> problems(JsonNode payload) {
		List<String> problems = new ArrayList<>();
		if (payload == null || !payload.isObject()) {
			return List.of("payload:not-an-object");
		}
		List<String> known = new ArrayList<>(COMMON);
		fields.forEach(field -> known.add(field.name()));
		unknown(payload, known, problems);
		text(payload, "message", true, problems);
		JsonNode answerBy = payload.get("answerBy");
		if (answerBy != null && !answerBy.isNull()) {
			try {
				LocalDate.parse(answerBy.asString());
			}
			catch (RuntimeException ex) {
				problems.add("answerBy:date");
			}
		}
		JsonNode extract = payload.get("case");
		if (extract == null || !extract.isObject()) {
			problems.add("case:object");
		}
		fields.forEach(field -> field.check(payload, problems));
		return problems;
	}

	/** What is wrong with an answer's payload (its {@code requestType} aside). */
	public List<String> answerProblems(JsonNode payload) {
		List<String> problems = new ArrayList<>();
		if (payload == null || !payload.isObject()) {
			return List.of("payload:not-an-object");
		}
		List<String> known = new ArrayList<>(List.of("requestType"));
		answerFields.forEach(field -> known.add(field.name()));
		unknown(payload, known, problems);
		answerFields.forEach(field -> field.check(payload, problems));
		return problems;
	}

	/** The state an answer puts the request in on both sides: a refusal or a decline is DECLINED. */
	public RequestState stateAfter(JsonNode answer) {
		JsonNode decision = answer == null ? null : answer.get("decision");
		String value = decision == null || !decision.isString() ? "" : decision.asString();
		return value.equals("REFUSE") || value.equals("DECLINE") ? RequestState.DECLINED : RequestState.ANSWERED;
	}

	private static void unknown(JsonNode payload, List<String> known, List<String> problems) {
		for (String name : payload.propertyNames()) {
			if (!known.contains(name)) {
				problems.add(name + ":unknown-field");
			}
		}
	}

	private static void text(JsonNode payload, String name, boolean required, List<String> problems) {
		JsonNode value = payload.get(name);
		if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
			if (required) {
				problems.add(name + ":required");
			}
			return;
		}
		if (!value.isString() || value.asString().length() > MAX_TEXT) {
			problems.add(name + ":string-of-at-most-" + MAX_TEXT);
		}
	}

	/** Answers of the types not built yet: a decision and a report, both optional. */
	private static final class Answer {

		static final List<Field> GENERIC = List.of(Field.choice("decision", false, "ACCEPT", "DECLINE"),
				Field.optional("reasons"), Field.optional("report"));

	}

	/**
	 * A field of a request or an answer: free text, or one of a few values.
	 *
	 * @param choices the values allowed, empty for free text
	 */
	public record Field(String name, boolean required, List<String> choices) {

		static Field required(String name) {
			return new Field(name, true, List.of());
		}

		static Field optional(String name) {
			return new Field(name, false, List.of());
		}

		static Field choice(String name, boolean required, String... choices) {
			return new Field(name, required, List.of(choices));
		}

		void check(JsonNode payload, List<String> problems) {
			if (choices.isEmpty()) {
				text(payload, name, required, problems);
				return;
			}
			JsonNode value = payload.get(name);
			if (value == null || value.isNull()) {
				if (required) {
					problems.add(name + ":required");
				}
			}
			else if (!value.isString() || !choices.contains(value.asString())) {
				problems.add(name + ":one-of-" + String.join("|", choices));
			}
		}

	}

}
