package org.protect.cases;

import java.util.Objects;

/**
 * Who asks for a change to a case, as far as the lifecycle needs to know: their id (for the history and
 * the audit log, never their name) and whether they hold the supervisor role on this case.
 */
public record Actor(String id, boolean supervisor) {

	public Actor {
		Objects.requireNonNull(id, "id");
	}

	public static Actor caseworker(String id) {
		return new Actor(id, false);
	}

	public static Actor supervisor(String id) {
		return new Actor(id, true);
	}

}
