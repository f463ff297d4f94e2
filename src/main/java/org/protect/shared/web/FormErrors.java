package org.protect.shared.web;

import org.protect.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * Puts the problems a service found on the form that was submitted, so that the page shows each beside
 * its field and in the error summary.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInputException problems, BindingResult result) {
		for (InvalidInputException.FieldProblem problem : problems.problems()) {
			result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
		}
	}

	/** Whether the request came from htmx and wants a fragment rather than the whole page. */
	public static boolean isHtmx(jakarta.servlet.http.HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

}
