package org.protect.cases.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.protect.cases.CaseMatching;
import org.protect.cases.MatchDecision;
import org.protect.shared.DomainException;
import org.protect.shared.TooManyRequestsException;
import org.protect.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The possible existing records of a child on this node, on the case page (loaded with htmx) or on a page
 * of their own without JavaScript: confirm (link) or dismiss each, or undo a decision.
 */
@Controller
@RequestMapping("/cases/{id}/matches")
class CaseMatchesWebController {

	private final CaseMatching matching;

	CaseMatchesWebController(CaseMatching matching) {
		this.matching = matching;
	}

	@GetMapping
	String matches(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
		return show(id, model, request, response);
	}

	@PostMapping
	String decide(@PathVariable UUID id, @RequestParam UUID otherCaseId, @RequestParam MatchDecision decision,
			@RequestParam(required = false) String reason, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			matching.decide(id, otherCaseId, decision, reason);
		}
		catch (DomainException ex) {
			return refused(id, ex, model, request, response);
		}
		return FormErrors.isHtmx(request) ? show(id, model, request, response) : "redirect:/cases/" + id + "/matches";
	}

	@PostMapping("/{linkId}/undo")
	String undo(@PathVariable UUID id, @PathVariable UUID linkId, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			matching.undo(id, linkId);
		}
		catch (DomainException ex) {
			return refused(id, ex, model, request, response);
		}
		return FormErrors.isHtmx(request) ? show(id, model, request, response) : "redirect:/cases/" + id + "/matches";
	}

	private String refused(UUID id, DomainException ex, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("refusal", ex.messageKey());
		model.addAttribute("refusalArguments", ex.arguments());
		// htmx 2 does not swap error answers: it gets the section with the message, a plain request a 409.
		if (!FormErrors.isHtmx(request)) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return show(id, model, request, response);
	}

	private String show(UUID id, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("caseId", id);
		try {
			model.addAttribute("matches", matching.possibleMatches(id));
		}
		catch (TooManyRequestsException ex) {
			model.addAttribute("refusal", ex.messageKey());
			model.addAttribute("refusalArguments", ex.arguments());
			model.addAttribute("matches", java.util.List.of());
			response.setStatus(FormErrors.isHtmx(request) ? HttpServletResponse.SC_OK : 429);
		}
		return FormErrors.isHtmx(request) ? "cases/matches :: matches" : "cases/matches";
	}

}
