package org.protect.cases;

import java.time.Instant;
import java.util.List;

/**
 * A timeline entry in words, for people: what happened and its detail as message keys with arguments
 * (an argument may itself be a message, such as a stage's name), and who did it by name. What is stored
 * ({@link TimelineEntry}'s codes) is unchanged; this is only how it reads.
 *
 * @param at when
 * @param by who did it: their name, else the user name on record
 * @param what the message key of what happened, e.g. {@code cases.timeline.TRANSITION}
 * @param detailKey the message key of the detail, or {@code null} when there is nothing to add
 * @param detailArguments the detail's arguments
 */
public record TimelineLine(Instant at, String by, String what, String detailKey, List<Object> detailArguments) {

	public TimelineLine {
		detailArguments = detailArguments == null ? List.of() : List.copyOf(detailArguments);
	}

	/** The detail's arguments as Thymeleaf's {@code #messages.msgWithParams} takes them. */
	public Object[] arguments() {
		return detailArguments.toArray();
	}

}
