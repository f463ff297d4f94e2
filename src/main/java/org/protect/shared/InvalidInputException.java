package org.protect.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input broke one or more rules. Carries every broken rule at once, each for a named field, so that a
 * form can show them all beside their fields and the API can list them.
 */
public class InvalidInputException extends DomainException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("validation.invalidInput");
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid input needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/**
	 * One broken rule.
	 *
	 * @param field the input field, as named in the form and the API
	 * @param messageKey the message key of the rule
	 * @param arguments the message's arguments
	 */
	public record FieldProblem(String field, String messageKey, Object... arguments) {
	}

	/** Collects problems and throws them together. */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector add(String field, String messageKey, Object... arguments) {
			problems.add(new FieldProblem(field, messageKey, arguments));
			return this;
		}

		public boolean isEmpty() {
			return problems.isEmpty();
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
		}

	}

}
