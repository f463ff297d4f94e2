package org.protect.directory;

/**
 * A search of the directory. Everything but the text is optional.
 *
 * @param text what the person typed
 * @param country only entries of this country (ISO code)
 * @param type only entries of this type
 * @param language the language to search and answer in
 * @param instrument only entries belonging to or resting on this instrument (its key)
 * @param page the page, from 0
 */
public record SearchQuery(String text, String country, EntryType type, String language, String instrument, int page) {

	public static final int PAGE_SIZE = 20;

}
