package org.protect.cases.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.cases.CaseFileEditing;
import org.protect.cases.CasePart;
import org.protect.cases.CarePlan;
import org.protect.shared.DomainException;
import org.protect.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parts of the case file on the case page, screening to follow-ups, each saved from its own form with
 * the version it was edited on (a stale version is refused, so nobody's change is silently lost); the
 * supervisor's approval of the determination and the receiving agency's acceptance of the care plan.
 */
@Controller
@RequestMapping("/cases/{id}")
class CasePartsWebController {

	private final CaseFileEditing editing;

	private final CasePage page;

	CasePartsWebController(CaseFileEditing editing, CasePage page) {
		this.editing = editing;
		this.page = page;
	}

	@PostMapping("/parts/{part:[a-z-]+}")
	String save(@PathVariable UUID id, @PathVariable("part") String path,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		CasePart part = CasePart.ofPath(path);
		if (part == null || part == CasePart.CLOSURE) {
			throw new NotFoundException("cases.part.unknown");
		}
		FormValues values = new FormValues(form);
		Object document = null;
		try {
			document = PartForms.read(part, values);
			Integer version = values.integer("version");
			values.throwIfAny();
			editing.savePart(id, part, document, version == null ? 0 : version);
		}
		catch (DomainException ex) {
			return page.refused(id, model, new CasePage.Failure(path, form, document, values, ex), request, response,
					locale);
		}
		redirect.addFlashAttribute("notice", "cases.web.notice.saved");
		redirect.addFlashAttribute("noticeAt", path);
		return "redirect:/cases/" + id + "#" + path;
	}

	@PostMapping("/best-interests-determination/approval")
	String approve(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		String section = CasePart.BEST_INTERESTS_DETERMINATION.path();
		try {
			editing.approveDetermination(id);
		}
		catch (DomainException ex) {
			return page.refused(id, model, new CasePage.Failure(section, null, null, null, ex), request, response,
					locale);
		}
		redirect.addFlashAttribute("notice", "cases.web.notice.approved");
		redirect.addFlashAttribute("noticeAt", section);
		return "redirect:/cases/" + id + "#" + section;
	}

	@PostMapping("/care-plan/acceptance")
	String acceptance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		String section = "care-plan-acceptance";
		FormValues values = new FormValues(form);
		try {
			var acceptance = new CarePlan.Acceptance(values.date("acceptedOn"), values.text("reference"), null);
			values.throwIfAny();
			editing.recordCarePlanAcceptance(id, acceptance);
		}
		catch (DomainException ex) {
			return page.refused(id, model, new CasePage.Failure(section, form, null, values, ex), request, response,
					locale);
		}
		redirect.addFlashAttribute("notice", "cases.web.notice.accepted");
		redirect.addFlashAttribute("noticeAt", section);
		return "redirect:/cases/" + id + "#" + section;
	}

}
