package org.protect.directory;

/**
 * The kinds of directory entry. Articles, bindings, contacts and steps belong to a parent entry.
 */
public enum EntryType {

	COUNTRY, INSTRUMENT, ARTICLE, BINDING, AGENCY, CONTACT, PROCEDURE, STEP, AGREEMENT;

	public String prefix() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
