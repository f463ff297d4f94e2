package org.protect.directory.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.protect.directory.EntryType;

/**
 * The fields of each entry type, as docs/directory-format.md describes them: used to validate what
 * editors save and what is imported, to build the editing form, and to index entries for search.
 */
public final class TypeSpecs {

	/** Agency types; a step names the type of agency that acts. */
	public static final List<String> AGENCY_TYPES = List.of("HAGUE_1996_CENTRAL_AUTHORITY",
			"BRUSSELS_IIB_CENTRAL_AUTHORITY", "HAGUE_1980_CENTRAL_AUTHORITY", "BORDER_GUARD", "POLICE", "CHILD_WELFARE",
			"GUARDIANSHIP", "COURT", "TRAFFICKING_RAPPORTEUR", "NGO", "IOM", "UNHCR", "EMBASSY", "MIGRATION",
			"OMBUDSPERSON", "OTHER");

	public static final List<String> SCOPES = List.of("INTERNATIONAL", "EU", "NATIONAL", "BILATERAL");

	private static final Map<EntryType, TypeSpec> SPECS = new EnumMap<>(EntryType.class);

	static {
		spec(EntryType.COUNTRY, null, List.of(attr("code", Kind.TEXT, true), attr("requestLanguages", Kind.LIST, false),
				attr("euMember", Kind.BOOLEAN, false), attr("coeMember", Kind.BOOLEAN, false)),
				List.of(text("name", true), longText("profile", false)));
		spec(EntryType.INSTRUMENT, null,
				List.of(enumAttr("body", true, "UN", "COE", "HCCH", "EU", "NATIONAL"),
						enumAttr("kind", true, "CONVENTION", "PROTOCOL", "GENERAL_COMMENT", "REGULATION", "DIRECTIVE",
								"LAW", "POLICY"),
						attr("citation", Kind.TEXT, false), attr("adopted", Kind.DATE, false),
						attr("inForce", Kind.DATE, false), attr("officialUrl", Kind.URL, true)),
				List.of(text("title", true), text("shortName", false), longText("summary", true)));
		spec(EntryType.ARTICLE, EntryType.INSTRUMENT, List.of(attr("number", Kind.TEXT, true), attr("order", Kind.INTEGER, false)),
				List.of(text("heading", true), longText("summary", true), longText("relevance", false)));
		spec(EntryType.BINDING, EntryType.INSTRUMENT,
				List.of(ref("instrument", EntryType.INSTRUMENT, true),
						enumAttr("status", true, "PARTY", "BOUND", "SIGNED_ONLY", "NOT_BOUND", "OPTED_OUT"),
						attr("since", Kind.DATE, false)),
				List.of(longText("note", false)));
		spec(EntryType.AGENCY, null,
				List.of(new Field("agencyTypes", Kind.ENUM_LIST, true, AGENCY_TYPES, null), attr("originalName", Kind.TEXT, false),
						attr("website", Kind.URL, false), new Field("designatedUnder", Kind.KEY_LIST, false, List.of(), EntryType.INSTRUMENT)),
				List.of(text("name", true), longText("mandate", false)));
		spec(EntryType.CONTACT, EntryType.AGENCY,
				List.of(enumAttr("kind", true, "PHONE", "EMAIL", "POSTAL", "WEB", "HOTLINE_24_7"),
						attr("value", Kind.TEXT, true), attr("languages", Kind.LIST, false)),
				List.of(text("label", false)));
		spec(EntryType.PROCEDURE, null,
				List.of(enumAttr("situation", true, "unaccompanied-child-identified", "suspected-trafficking-victim",
						"return-to-country-of-origin", "placement-abroad", "child-in-serious-danger-moved",
						"social-report-abroad"), attr("originCountry", Kind.TEXT, false)),
				List.of(text("title", true), longText("summary", false)));
		spec(EntryType.STEP, EntryType.PROCEDURE,
				List.of(attr("order", Kind.INTEGER, true), new Field("agencyType", Kind.ENUM, false, AGENCY_TYPES, null),
						ref("agency", EntryType.AGENCY, false), new Field("legalBasis", Kind.KEY_LIST, false, List.of(), null),
						attr("otherCountry", Kind.BOOLEAN, false)),
				List.of(text("title", true), longText("action", true), text("timeLimit", false), longText("safeguards", false),
						longText("documents", false)));
		spec(EntryType.AGREEMENT, null,
				List.of(attr("parties", Kind.LIST, false), attr("countries", Kind.LIST, false),
						attr("signed", Kind.DATE, false), attr("url", Kind.URL, false)),
				List.of(text("title", true), longText("scope", false)));
	}

	private TypeSpecs() {
	}

	public static TypeSpec of(EntryType type) {
		return SPECS.get(type);
	}

	private static void spec(EntryType type, EntryType parent, List<Field> attributes, List<Field> texts) {
		SPECS.put(type, new TypeSpec(type, parent, attributes, texts));
	}

	private static Field attr(String name, Kind kind, boolean required) {
		return new Field(name, kind, required, List.of(), null);
	}

	private static Field enumAttr(String name, boolean required, String... values) {
		return new Field(name, Kind.ENUM, required, List.of(values), null);
	}

	private static Field ref(String name, EntryType type, boolean required) {
		return new Field(name, Kind.KEY, required, List.of(), type);
	}

	private static Field text(String name, boolean required) {
		return new Field(name, Kind.TEXT, required, List.of(), null);
	}

	private static Field longText(String name, boolean required) {
		return new Field(name, Kind.LONG_TEXT, required, List.of(), null);
	}

	/** How a field's value is written and checked. */
	public enum Kind {

		TEXT, LONG_TEXT, DATE, BOOLEAN, INTEGER, URL, ENUM, ENUM_LIST, LIST, KEY, KEY_LIST

	}

	/**
	 * One field of a type.
	 *
	 * @param name its name in the document
	 * @param kind how it is written
	 * @param required whether an entry must have it
	 * @param values the allowed values of an enumeration
	 * @param refType the type a key must point to, or null for any type
	 */
	public record Field(String name, Kind kind, boolean required, List<String> values, EntryType refType) {
	}

	/**
	 * The fields of one type.
	 *
	 * @param type the type
	 * @param parentType the type of its parent, or null when it has none
	 * @param attributes its language-independent fields
	 * @param texts its text fields, per language
	 */
	public record TypeSpec(EntryType type, EntryType parentType, List<Field> attributes, List<Field> texts) {
	}

}
