package org.protect.monitoring.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.protect.monitoring.Condition;
import org.protect.monitoring.ReferenceStandard;
import org.protect.monitoring.ReferenceStandards;
import org.protect.monitoring.SaveReferenceStandardCommand;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reference standards of a country, and the form in which a supervisor or administrator writes one. */
@Controller
@RequestMapping("/monitoring/standards")
class ReferenceStandardsWebController {

	private final ReferenceStandards standards;

	private final NodeProperties node;

	private final MessageSource messages;

	ReferenceStandardsWebController(ReferenceStandards standards, NodeProperties node, MessageSource messages) {
		this.standards = standards;
		this.node = node;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String country, Model model, Locale locale) {
		String code = country == null || country.isBlank() ? node.country() : country.strip().toUpperCase(Locale.ROOT);
		Map<Condition, ReferenceStandard> byCondition = new LinkedHashMap<>();
		standards.of(code).forEach(standard -> byCondition.put(standard.condition(), standard));
		model.addAttribute("country", code);
		model.addAttribute("countryName", new Locale("", code).getDisplayCountry(locale));
		model.addAttribute("countries", standards.countries());
		model.addAttribute("standards", byCondition);
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("mayEdit", standards.mayEdit());
		return "monitoring/standards";
	}

	@GetMapping("/{country}/{condition}")
	String form(@PathVariable String country, @PathVariable String condition, Model model, Locale locale) {
		Condition which = condition(condition);
		if (!standards.mayEdit()) {
			throw new AccessDeniedException("reference standards are written by supervisors and administrators");
		}
		ReferenceStandard current = current(country, which);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("adequate", current == null ? null : current.adequate());
		form.put("source", current == null ? null : current.source());
		form.put("version", Integer.toString(current == null ? 0 : current.version()));
		PageProblems.none(model);
		return form(country, which, current, form, model, locale);
	}

	@PostMapping("/{country}/{condition}")
	String save(@PathVariable String country, @PathVariable String condition,
			@RequestParam Map<String, String> fields, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Condition which = condition(condition);
		Integer version;
		try {
			version = Integer.valueOf(fields.getOrDefault("version", "0"));
		}
		catch (NumberFormatException ex) {
			version = 0;
		}
		try {
			standards.save(country, which, new SaveReferenceStandardCommand(fields.get("adequate"), fields.get("source"),
					fields.containsKey("verified"), version));
			redirect.addFlashAttribute("notice", "monitoring.standards.saved");
			return "redirect:/monitoring/standards?country=" + country.toUpperCase(Locale.ROOT) + "#standard-"
					+ which.name();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			PageProblems.put(model, ex, messages, locale, Map.of());
			return form(country, which, current(country, which), fields, model, locale);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PageProblems.none(model);
			model.addAttribute("refusal", ex.messageKey());
			model.addAttribute("refusalArguments", ex.arguments());
			ReferenceStandard current = current(country, which);
			Map<String, String> form = new LinkedHashMap<>(fields);
			// The page shows what is there now; saving again applies this text on top of it.
			form.put("version", Integer.toString(current == null ? 0 : current.version()));
			return form(country, which, current, form, model, locale);
		}
	}

	private String form(String country, Condition condition, ReferenceStandard current, Map<String, String> form,
			Model model, Locale locale) {
		String code = country.toUpperCase(Locale.ROOT);
		model.addAttribute("country", code);
		model.addAttribute("countryName", new Locale("", code).getDisplayCountry(locale));
		model.addAttribute("condition", condition);
		model.addAttribute("current", current);
		model.addAttribute("form", form);
		return "monitoring/standard-form";
	}

	private ReferenceStandard current(String country, Condition condition) {
		return standards.of(country).stream().filter(s -> s.condition() == condition).findFirst().orElse(null);
	}

	private static Condition condition(String code) {
		Condition condition = Condition.of(code);
		if (condition == null) {
			throw new NotFoundException("monitoring.standards.unknownCondition");
		}
		return condition;
	}

}
