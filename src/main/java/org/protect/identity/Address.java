package org.protect.identity;

/**
 * Where a person was found or lives, as far as it is known; every part may be null.
 */
public record Address(String streetNumber, String street, String locality, String town, String postcode,
		String region) {

	public static final Address NONE = new Address(null, null, null, null, null, null);

}
