package org.protect.cases;

/** The kinds of facts about a child's identity. Each fact records who stated it, the source and when. */
public enum FactKind {

	/** The name as given, in its original script, with its Latin transliteration. */
	NAME,

	/** Another name the child is known by, or was registered under elsewhere. */
	ALIAS,

	/** The date of birth: exact, estimated (a year or a range) or unknown. */
	BIRTH_DATE,

	SEX,

	/** The nationality the child or others state. */
	NATIONALITY_CLAIMED,

	/** The nationality as verified, with the document or channel that verified it. */
	NATIONALITY_VERIFIED,

	/** A language the child speaks, and whether an interpreter is needed for it. */
	LANGUAGE,

	/** A document seen: type, number, issuing country, the authenticity check. */
	DOCUMENT

}
