package org.protect.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.protect.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * A refused form's problems for the page: each message beside its field ({@code errors}, by field name) and in
 * the error summary, linked to the field ({@code errorLinks}).
 */
final class PageProblems {

	/** A message in the error summary and the id of the input it links to. */
	record ErrorLink(String fieldId, String message) {
	}

	private PageProblems() {
	}

	/** The id of a field's input on the page: its name with dots as hyphens, e.g. {@code f-ratings-EDUCATION-level}. */
	static String fieldId(String field) {
		return "f-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	/**
	 * @param radios the first choice's code of each radio group by field name: the summary links to that input
	 */
	static void put(Model model, InvalidInputException problems, MessageSource messages, Locale locale,
			Map<String, String> radios) {
		put(model, problems, problem -> messages.getMessage(problem.messageKey(), problem.arguments(), locale), radios);
	}

	/**
	 * @param words each problem's message as the page shows it, beside its field and in the summary alike
	 * @param radios the first choice's code of each radio group by field name: the summary links to that input
	 */
	static void put(Model model, InvalidInputException problems,
			Function<InvalidInputException.FieldProblem, String> words, Map<String, String> radios) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		List<ErrorLink> links = new ArrayList<>();
		for (InvalidInputException.FieldProblem problem : problems.problems()) {
			String message = words.apply(problem);
			errors.computeIfAbsent(problem.field(), key -> new ArrayList<>()).add(message);
			String id = fieldId(problem.field());
			String first = radios.get(problem.field());
			links.add(new ErrorLink(first == null ? id : id + "-" + first, message));
		}
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", links);
	}

	static void none(Model model) {
		model.addAttribute("errors", Map.of());
		model.addAttribute("errorLinks", List.of());
	}

}
