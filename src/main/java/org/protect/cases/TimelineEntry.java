package org.protect.cases;

import java.time.Instant;

/**
 * One thing that happened to a case.
 *
 * @param at when
 * @param actor who did it (user name)
 * @param kind what happened, a stable code such as {@code TRANSITION} or {@code PART_SAVED}
 * @param detail a short machine-readable detail (the part, the stages), never free text about the child
 */
public record TimelineEntry(Instant at, String actor, String kind, String detail) {

	/** The message key of the sentence shown for this kind, e.g. {@code cases.timeline.TRANSITION}. */
	public String messageKey() {
		return "cases.timeline." + kind;
	}

}
