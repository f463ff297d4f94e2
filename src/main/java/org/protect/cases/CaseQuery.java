package org.protect.cases;

/**
 * A search for cases.
 *
 * @param text a name in any script, an alias, a case number or a date of birth (yyyy-mm-dd or a year);
 *        may be empty
 * @param stage only cases at this stage; may be {@code null}
 * @param page the page, from 0
 * @param size the page size (at most 100)
 */
public record CaseQuery(String text, CaseStage stage, int page, int size) {

	public static final int MAX_SIZE = 100;

	public CaseQuery {
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
	}

}
