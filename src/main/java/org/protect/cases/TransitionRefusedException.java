package org.protect.cases;

import java.util.List;

import org.protect.shared.DomainException;

/**
 * A transition was refused because safeguards are unmet. Carries every one of them, so that the API can
 * list their codes and a page can show them as a checklist of what is missing.
 */
public class TransitionRefusedException extends DomainException {

	private final List<Safeguard> unmet;

	public TransitionRefusedException(CaseStage from, CaseStage to, List<Safeguard> unmet) {
		super("cases.transition.refused", from, to);
		if (unmet.isEmpty()) {
			throw new IllegalArgumentException("a refused transition needs at least one unmet safeguard");
		}
		this.unmet = List.copyOf(unmet);
	}

	/** Every unmet safeguard that was not legitimately overridden, in the order of {@link Safeguard}. */
	public List<Safeguard> unmet() {
		return unmet;
	}

}
