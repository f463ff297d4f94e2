package org.protect.cooperation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.protect.cases.CasePart;
import org.protect.monitoring.FollowUpRatings;
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
			List.of(Field.required("report"), Field.DECLINE, Field.optional("reasons"))),

	/**
	 * A family or carer assessment in the other country. It carries the identity and the family members to
	 * assess, not the child's file: the assessor assesses the family, not the child.
	 */
	FAMILY_ASSESSMENT(List.of("Hague 1996 art. 32", "Brussels IIb art. 80"), Period.ofMonths(3), SendRule.TEAM,
			EnumSet.noneOf(CasePart.class), List.of(Field.required("familyMembers"), Field.optional("questions")),
			List.of(Field.required("report"), Field.choice("familyCanCare", true, "YES", "NO", "UNCLEAR"), Field.DECLINE,
					Field.optional("reasons"))),

	/**
	 * Consent to a placement in care in the other country. Brussels IIb art. 82(2) wants the report and the
	 * reasons, the expected duration and the funding; art. 82(6): the answer within three months.
	 */
	PLACEMENT_CONSENT(List.of("Hague 1996 art. 33", "Brussels IIb art. 82"), Period.ofMonths(3),
			SendRule.CENTRAL_AUTHORITY, EnumSet.of(CasePart.CARE_PLAN, CasePart.BEST_INTERESTS_DETERMINATION),
			List.of(Field.required("reasons"), Field.optional("expectedDuration"), Field.optional("funding")),
			List.of(Field.choice("decision", true, "CONSENT", "REFUSE"), Field.optional("reasons"))),

	/**
	 * A child in serious danger has moved, or is about to, to the other country (Hague 1996 art. 36): the
	 * danger and the measures taken or considered. No answer is due; the recipient acknowledges it and may
	 * say what it did.
	 */
	SERIOUS_DANGER_NOTICE(List.of("Hague 1996 art. 36", "Brussels IIb art. 80(2)"), null, SendRule.TEAM,
			EnumSet.of(CasePart.RISK_ASSESSMENT),
			List.of(Field.required("danger"), Field.optional("measures"), Field.optional("whereabouts")),
			List.of(Field.required("measures"))),

	/**
	 * Return or transfer: the care plan and the guardianship go with it, with the proposed receiving guardian
	 * or authority, the date, the escort and the place of hand-over. The receiving side accepts or declines
	 * the care plan and the guardianship, each; after the hand-over both sides record it.
	 */
	RETURN_TRANSFER(List.of("Hague 1996 art. 32", "Hague 1996 arts. 8-9", "Brussels IIb arts. 12-13"),
			Period.ofMonths(1), SendRule.CENTRAL_AUTHORITY, EnumSet.of(CasePart.CARE_PLAN, CasePart.GUARDIANSHIP),
			List.of(Field.required("receivingGuardian"), Field.date("plannedDate", true), Field.required("escort"),
					Field.required("handoverPlace")),
			List.of(Field.choice("carePlan", true, "ACCEPT", "DECLINE"),
					Field.choice("guardianship", true, "ACCEPT", "DECLINE"), Field.optional("receivingGuardian"),
					Field.optional("reasons"))),

	/**
	 * A follow-up report after a return, requested by the sending side for a due date of its schedule; the
	 * receiving side schedules it (its acknowledgement may name the day) and sends the report back with its
	 * well-being ratings of the 14 conditions, which become the follow-up's assessment on the sending case.
	 */
	FOLLOW_UP_REPORT(List.of("Hague 1996 art. 32", "Brussels IIb art. 80"), Period.ofMonths(1), SendRule.TEAM,
			EnumSet.of(CasePart.FOLLOW_UPS), List.of(Field.date("dueOn", true), Field.optional("questions")),
			List.of(Field.required("report"), Field.date("seenOn", true), Field.wellBeing(FollowUpRatings.FIELD, true),
					Field.DECLINE, Field.optional("reasons"))),

	/** The child left care and may be heading to the other country; the answer says whether it was found. */
	MISSING_CHILD_ALERT(List.of("Hague 1996 art. 31(c)", "Brussels IIb art. 79(c)"), Period.ofDays(1),
			SendRule.TEAM, EnumSet.of(CasePart.MISSING),
			List.of(Field.required("lastSeen"), Field.optional("possibleDestination"), Field.optional("description")),
			List.of(Field.choice("outcome", true, "FOUND", "NOT_FOUND"), Field.optional("report")));

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

	RequestType(List<String> legalBases, Period deadline, SendRule defaultSendRule, Set<CasePart> parts,
			List<Field> fields, List<Field> answerFields) {
		this.legalBases = List.copyOf(legalBases);
		this.deadline = deadline;
		this.defaultSendRule = defaultSendRule;
		this.parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
		this.fields = List.copyOf(fields);
		this.answerFields = List.copyOf(answerFields);
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

	/**
	 * The recipient may decline the request instead of answering it ({@code "decision": "DECLINE"} with
	 * reasons); a placement consent is refused instead, a return declined by its own decisions.
	 */
	public boolean declinable() {
		return answerFields.contains(Field.DECLINE);
	}

	/**
	 * The answer's fields that a person fills in to answer as one field each (the decline and its reasons aside
	 * when declinable, and the well-being ratings, which are a form of their own).
	 */
	public List<Field> answerFormFields() {
		return answerFields.stream()
			.filter(f -> f.kind() != Kind.WELL_BEING)
			.filter(f -> !declinable() || (!f.equals(Field.DECLINE) && !f.name().equals("reasons")))
			.toList();
	}

	/** The answer carries the well-being ratings of a follow-up ({@link FollowUpRatings}). */
	public boolean answersWithWellBeing() {
		return answerFields.stream().anyMatch(f -> f.kind() == Kind.WELL_BEING);
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

	/**
	 * What is wrong with an answer's payload (its {@code requestType} aside). A declined or refused request
	 * needs its reasons and nothing else the answer would otherwise require; a guardianship accepted for a
	 * return names who takes it over.
	 */
	public List<String> answerProblems(JsonNode payload) {
		List<String> problems = new ArrayList<>();
		if (payload == null || !payload.isObject()) {
			return List.of("payload:not-an-object");
		}
		List<String> known = new ArrayList<>(List.of("requestType"));
		answerFields.forEach(field -> known.add(field.name()));
		unknown(payload, known, problems);
		boolean declined = stateAfter(payload) == RequestState.DECLINED;
		for (Field field : answerFields) {
			// Declined: only the decisions themselves stay required; the report is not written.
			boolean decides = field.choices().stream().anyMatch(RequestType::declines);
			(declined && !decides ? field.asOptional() : field).check(payload, problems);
		}
		if (declined && answerFields.stream().anyMatch(f -> f.name().equals("reasons"))
				&& blank(payload.get("reasons"))) {
			problems.add("reasons:required");
		}
		if (this == RETURN_TRANSFER && "ACCEPT".equals(string(payload.get("guardianship")))
				&& blank(payload.get("receivingGuardian"))) {
			problems.add("receivingGuardian:required");
		}
		return problems;
	}

	/**
	 * The state an answer puts the request in on both sides: any decision that refuses or declines (the
	 * placement, the request, a return's care plan or guardianship) makes it DECLINED.
	 */
	public RequestState stateAfter(JsonNode answer) {
		if (answer != null && answer.isObject()) {
			for (Field field : answerFields) {
				if (!field.choices().isEmpty() && declines(string(answer.get(field.name())))) {
					return RequestState.DECLINED;
				}
			}
		}
		return RequestState.ANSWERED;
	}

	private static boolean declines(String value) {
		return "REFUSE".equals(value) || "DECLINE".equals(value);
	}

	private static String string(JsonNode value) {
		return value == null || !value.isString() ? null : value.asString();
	}

	private static boolean blank(JsonNode value) {
		return value == null || value.isNull() || (value.isString() && value.asString().isBlank());
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
		if (blank(value)) {
			if (required) {
				problems.add(name + ":required");
			}
			return;
		}
		if (!value.isString() || value.asString().length() > MAX_TEXT) {
			problems.add(name + ":string-of-at-most-" + MAX_TEXT);
		}
	}

	/** What a field holds. */
	public enum Kind {
		/** Free text, at most {@link #MAX_TEXT} characters. */
		TEXT,
		/** A day, ISO 8601 ({@code 2026-12-01}). */
		DATE,
		/** One of a few values. */
		CHOICE,
		/**
		 * A follow-up's well-being ratings ({@link FollowUpRatings}): an object holding the scale, who assessed,
		 * a rating of each of the 14 conditions and the child's views. Its content is checked by the well-being
		 * rules: on the answering node before it leaves, on the asking node before the ratings are recorded.
		 */
		WELL_BEING
	}

	/**
	 * A field of a request or an answer: free text, a day, or one of a few values.
	 *
	 * @param choices the values allowed for a {@link Kind#CHOICE}, empty otherwise
	 */
	public record Field(String name, boolean required, Kind kind, List<String> choices) {

		/** The recipient declines the request instead of answering it. */
		static final Field DECLINE = choice("decision", false, "DECLINE");

		public Field {
			choices = List.copyOf(choices);
		}

		public static Field required(String name) {
			return new Field(name, true, Kind.TEXT, List.of());
		}

		public static Field optional(String name) {
			return new Field(name, false, Kind.TEXT, List.of());
		}

		public static Field date(String name, boolean required) {
			return new Field(name, required, Kind.DATE, List.of());
		}

		public static Field choice(String name, boolean required, String... choices) {
			return new Field(name, required, Kind.CHOICE, List.of(choices));
		}

		public static Field wellBeing(String name, boolean required) {
			return new Field(name, required, Kind.WELL_BEING, List.of());
		}

		Field asOptional() {
			return new Field(name, false, kind, choices);
		}

		/** A value, as a person typed or picked it, is one this field takes; {@code null} when blank. */
		public String problem(String value) {
			if (value == null || value.isBlank()) {
				return required ? "required" : null;
			}
			return switch (kind) {
				case TEXT -> value.length() > MAX_TEXT ? "invalid" : null;
				case DATE -> date(value) == null ? "date" : null;
				case CHOICE -> choices.contains(value) ? null : "invalid";
				case WELL_BEING -> "invalid";
			};
		}

		void check(JsonNode payload, List<String> problems) {
			JsonNode value = payload.get(name);
			if (kind == Kind.TEXT) {
				text(payload, name, required, problems);
			}
			else if (blank(value)) {
				if (required) {
					problems.add(name + ":required");
				}
			}
			else if (kind == Kind.DATE && (!value.isString() || date(value.asString()) == null)) {
				problems.add(name + ":date");
			}
			else if (kind == Kind.CHOICE && (!value.isString() || !choices.contains(value.asString()))) {
				problems.add(name + ":one-of-" + String.join("|", choices));
			}
			else if (kind == Kind.WELL_BEING && !wellBeing(value)) {
				problems.add(name + ":object-with-scale-and-ratings");
			}
		}

		/** The shape of {@link FollowUpRatings}: the scale's codes and an object of ratings, each an object. */
		private static boolean wellBeing(JsonNode value) {
			if (!value.isObject() || !value.path("scale").isArray() || !value.path("ratings").isObject()) {
				return false;
			}
			for (JsonNode code : value.get("scale")) {
				if (!code.isString()) {
					return false;
				}
			}
			for (JsonNode rating : value.get("ratings")) {
				if (!rating.isObject()) {
					return false;
				}
			}
			return true;
		}

		private static LocalDate date(String value) {
			try {
				return LocalDate.parse(value.strip());
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

	}

}
