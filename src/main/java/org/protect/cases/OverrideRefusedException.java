package org.protect.cases;

import java.util.List;

import org.protect.shared.DomainException;

/**
 * An override was refused: asked for by someone who is not a supervisor
 * ({@code cases.override.supervisorOnly}), or for a safeguard that no one may ever override
 * ({@code cases.override.neverAllowed}). Nothing was changed.
 */
public class OverrideRefusedException extends DomainException {

	static final String SUPERVISOR_ONLY = "cases.override.supervisorOnly";

	static final String NEVER_ALLOWED = "cases.override.neverAllowed";

	private final List<Safeguard> safeguards;

	OverrideRefusedException(String messageKey, List<Safeguard> safeguards) {
		super(messageKey, safeguards.stream().map(Safeguard::code).toList());
		this.safeguards = List.copyOf(safeguards);
	}

	/** The safeguards whose override was refused. */
	public List<Safeguard> safeguards() {
		return safeguards;
	}

}
