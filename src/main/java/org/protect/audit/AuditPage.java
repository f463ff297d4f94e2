package org.protect.audit;

import java.util.List;

/**
 * A page of audit entries, newest first.
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
