package org.protect.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.cases.CaseDetails;
import org.protect.cases.CaseManagement;
import org.protect.cases.CaseQuery;
import org.protect.cases.CaseStage;
import org.protect.cases.Closure;
import org.protect.cases.ClosureOutcome;
import org.protect.cases.OverrideRequest;
import org.protect.cases.RegisterChildCommand;
import org.protect.cases.Safeguard;
import org.protect.cases.TransitionCommand;
import org.protect.cases.TransitionRefusedException;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case pages: the list and search, registering a child, the case page with its stage and the move
 * through the safeguard gates, the printable summary, and the cases needing attention for the home page.
 */
@Controller
@RequestMapping("/cases")
class CasesWebController {

	/** Who may register a child (the service decides; the page offers the button to them only). */
	private static final List<Role> REGISTRARS = List.of(Role.CASEWORKER, Role.SUPERVISOR, Role.BORDER_OFFICER);

	private final CaseManagement cases;

	private final CasePage page;

	private final MessageSource messages;

	CasesWebController(CaseManagement cases, CasePage page, MessageSource messages) {
		this.cases = cases;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStage stage,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		model.addAttribute("q", q);
		model.addAttribute("stage", stage);
		model.addAttribute("stages", CaseStage.values());
		model.addAttribute("results", cases.search(new CaseQuery(q, stage, page, 20)));
		model.addAttribute("mayRegister", mayRegister());
		return FormErrors.isHtmx(request) ? "cases/list :: results" : "cases/list";
	}

	@GetMapping("/new")
	String registrationForm(Model model) {
		return registration(model, new LinkedMultiValueMap<>(), Map.of(), List.of());
	}

	@PostMapping("/new")
	String register(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		FormValues values = new FormValues(form);
		try {
			RegisterChildCommand command = new RegisterChildCommand(values.text("givenName"), values.text("familyName"),
					values.upper("sex"), values.integer("birthYear"), values.date("birthDate"),
					values.date("birthEarliest"), values.date("birthLatest"), values.upper("nationalityClaimed"),
					values.lines("aliases"), values.text("language"), values.ticked("interpreterNeeded"), null, null,
					null);
			values.throwIfAny();
			CaseDetails details = cases.register(command);
			redirect.addFlashAttribute("notice", "cases.web.notice.registered");
			return "redirect:/cases/" + details.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, List<String>> errors = new LinkedHashMap<>();
			List<CasePage.ErrorLink> links = new ArrayList<>();
			for (InvalidInputException.FieldProblem problem : ex.problems()) {
				// Aliases are one text area, a line each.
				String field = problem.field().startsWith("aliases") ? "aliases" : problem.field();
				String message = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
				errors.computeIfAbsent("register." + field, key -> new ArrayList<>()).add(message);
				links.add(new CasePage.ErrorLink("register-" + field, message));
			}
			return registration(model, form, errors, links);
		}
	}

	private String registration(Model model, MultiValueMap<String, String> form, Map<String, List<String>> errors,
			List<CasePage.ErrorLink> links) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", links);
		model.addAttribute("sexes", List.of("F", "M", "X", "U"));
		return "cases/register";
	}

	@GetMapping("/{id}")
	String caseFile(@PathVariable UUID id, Model model) {
		return page.show(id, model);
	}

	/**
	 * Moves the case. A refusal re-renders the page with every unmet safeguard as a checklist linking to
	 * where each is put right; nothing changed.
	 */
	@PostMapping("/{id}/transitions")
	String transition(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		FormValues values = new FormValues(form);
		try {
			CaseStage to = values.choice("to", CaseStage.class);
			List<OverrideRequest> overrides = new ArrayList<>();
			for (String code : values.all("override")) {
				for (Safeguard safeguard : Safeguard.values()) {
					if (safeguard.code().equals(code)) {
						overrides.add(new OverrideRequest(safeguard, values.text("overrideReason")));
					}
				}
			}
			Closure closure = null;
			if (to == CaseStage.CLOSED) {
				closure = new Closure(values.choice("closure.outcome", ClosureOutcome.class),
						values.text("closure.authority"), values.upper("closure.country"), values.date("closure.on"));
			}
			if (to == null) {
				values.requireLater("to");
			}
			values.throwIfAny();
			cases.transition(id, new TransitionCommand(to, values.text("reason"), overrides, closure));
			redirect.addFlashAttribute("notice", "cases.web.notice.moved");
			return "redirect:/cases/" + id + "#move";
		}
		catch (TransitionRefusedException ex) {
			response.setStatus(FormErrors.isHtmx(request) ? HttpStatus.OK.value() : HttpStatus.CONFLICT.value());
			model.addAttribute("refusedTo", values.choice("to", CaseStage.class));
			return page.show(id, model, new CasePage.Failure("move", form, null, values, null), locale, ex.unmet());
		}
		catch (DomainException ex) {
			return page.refused(id, model, new CasePage.Failure("move", form, null, values, ex), request, response,
					locale);
		}
	}

	/** The case on paper: everything the reader may see, laid out for printing; audited as any read. */
	@GetMapping("/{id}/summary")
	String summary(@PathVariable UUID id, Model model) {
		CaseDetails details = cases.caseFile(id);
		model.addAttribute("details", details);
		Map<String, Object> docs = new LinkedHashMap<>();
		details.parts().forEach((part, version) -> docs.put(part.path(), version.document()));
		model.addAttribute("docs", docs);
		model.addAttribute("exploitationTypes", org.protect.cases.ExploitationType.values());
		model.addAttribute("biaElements", org.protect.cases.BiaElement.values());
		return "cases/summary";
	}

	/**
	 * The signed-in user's cases that raise an alert, as a fragment the home page loads: the home page
	 * belongs to accounts, which must not depend on cases.
	 */
	@GetMapping("/attention")
	String attention(Model model, HttpServletRequest request) {
		model.addAttribute("attention", cases.casesNeedingAttention());
		return FormErrors.isHtmx(request) ? "cases/attention :: attention" : "cases/attention";
	}

	private static boolean mayRegister() {
		return CurrentUser.current().map(user -> REGISTRARS.stream().anyMatch(user::has)).orElse(false);
	}

}
