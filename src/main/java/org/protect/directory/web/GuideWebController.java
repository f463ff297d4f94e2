package org.protect.directory.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.protect.directory.Directory;
import org.protect.directory.Situation;
import org.protect.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "I have found this child here: what now?" A person picks the country they are in, the situation and,
 * where it matters, the child's country of origin, and gets the steps to take, printable on one page.
 */
@Controller
class GuideWebController {

	private final Directory directory;

	GuideWebController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/guide")
	String guide(@RequestParam(required = false) String country, @RequestParam(required = false) String situation,
			@RequestParam(required = false) String origin, Locale locale, Model model, HttpServletResponse response) {
		model.addAttribute("countries", directory.countries());
		model.addAttribute("situations", Situation.values());
		model.addAttribute("country", country);
		model.addAttribute("situation", situation);
		model.addAttribute("origin", origin);
		model.addAttribute("missingCountry", false);
		model.addAttribute("missingSituation", false);
		if (country == null || country.isBlank() || situation == null || situation.isBlank()) {
			boolean asked = country != null || situation != null;
			model.addAttribute("missingCountry", asked && (country == null || country.isBlank()));
			model.addAttribute("missingSituation", asked && (situation == null || situation.isBlank()));
			if (asked) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return "directory/guide";
		}
		Situation chosen = Situation.ofCode(situation).orElse(null);
		if (chosen == null) {
			model.addAttribute("missingSituation", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "directory/guide";
		}
		try {
			model.addAttribute("guide", directory.guide(country, chosen, origin, locale));
		}
		catch (NotFoundException ex) {
			model.addAttribute("guideProblem", ex.messageKey());
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		return "directory/guide";
	}

}
