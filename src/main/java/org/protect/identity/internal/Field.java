package org.protect.identity.internal;

/**
 * The compared fields, with their prefix in {@code identity/matching.properties} and their name
 * in explanations.
 */
public enum Field {

	GIVEN("given", "given_name"), SURNAME("surname", "surname"), NAME_ORDER("names", "name_order"),
	BIRTH("birth", "birth_date"), SEX("sex", "sex"), NATIONALITY("nationality", "nationality"),
	STREET_NUMBER("street_number", "street_number"), STREET("street", "street"), LOCALITY("locality", "locality"),
	TOWN("town", "town"), POSTCODE("postcode", "postcode"), REGION("region", "region");

	final String property;

	final String label;

	Field(String property, String label) {
		this.property = property;
		this.label = label;
	}

}
