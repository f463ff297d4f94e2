package org.protect.cases;

import java.util.List;

/** One page of cases the reader may know of, and how many there are in all. */
public record CaseSearchResults(List<CaseSummary> cases, long total, int page, int size) {

	public CaseSearchResults {
		cases = List.copyOf(cases);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

}
