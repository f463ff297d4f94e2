package org.protect.cooperation.web;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.protect.cooperation.Cooperation;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' page for partner nodes: this node's own address and fingerprint to hand out, the
 * partners with their status, adding one, suspending, refreshing keys, and messages that failed.
 */
@Controller
@RequestMapping("/admin/partners")
class AdminPartnersWebController {

	private final Cooperation cooperation;

	AdminPartnersWebController(Cooperation cooperation) {
		this.cooperation = cooperation;
	}

	@GetMapping
	String list(Model model) {
		return page(model, new PartnerForm(null, null));
	}

	@PostMapping
	String add(@ModelAttribute("form") PartnerForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			cooperation.addPartner(form.baseUrl(), form.fingerprint());
			redirect.addFlashAttribute("notice", "cooperation.partners.added");
			return "redirect:/admin/partners";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (CooperationRefusedException ex) {
			String field = ex.code().equals("partner-fingerprint-mismatch") ? "fingerprint" : "baseUrl";
			result.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
			response.setStatus(ex.status());
		}
		return page(model, form);
	}

	@PostMapping("/{nodeId}/suspend")
	String suspend(@PathVariable UUID nodeId, RedirectAttributes redirect) {
		return act(() -> cooperation.suspendPartner(nodeId), "cooperation.partners.suspended", redirect);
	}

	@PostMapping("/{nodeId}/reactivate")
	String reactivate(@PathVariable UUID nodeId, RedirectAttributes redirect) {
		return act(() -> cooperation.reactivatePartner(nodeId), "cooperation.partners.reactivated", redirect);
	}

	@PostMapping("/{nodeId}/refresh")
	String refresh(@PathVariable UUID nodeId, RedirectAttributes redirect) {
		return act(() -> cooperation.refreshPartner(nodeId, null), "cooperation.partners.refreshed", redirect);
	}

	@PostMapping("/{nodeId}/ping")
	String ping(@PathVariable UUID nodeId, RedirectAttributes redirect) {
		return act(() -> cooperation.ping(nodeId), "cooperation.partners.pinged", redirect);
	}

	private String act(Supplier<?> action, String notice, RedirectAttributes redirect) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (CooperationRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		return "redirect:/admin/partners";
	}

	private String page(Model model, PartnerForm form) {
		model.addAttribute("self", cooperation.identity());
		model.addAttribute("partners", cooperation.partners());
		model.addAttribute("failed", cooperation.failedMessages());
		model.addAttribute("form", form);
		return "admin/partners";
	}

	record PartnerForm(String baseUrl, String fingerprint) {
	}

}
