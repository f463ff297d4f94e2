package org.protect.accounts.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.SaveOrganisationCommand;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
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
 * Administrators' pages for the organisations (agencies) using this node.
 */
@Controller
@RequestMapping("/admin/organisations")
class AdminOrganisationsWebController {

	private final AccountManagement accounts;

	private final NodeProperties node;

	AdminOrganisationsWebController(AccountManagement accounts, NodeProperties node) {
		this.accounts = accounts;
		this.node = node;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", accounts.organisations());
		return "admin/organisations";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, null, new OrganisationForm(0, null, null, node.country()));
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return save(null, form, result, model, response, redirect);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		OrganisationSummary organisation = accounts.organisation(id);
		return form(model, organisation, new OrganisationForm(organisation.version(), organisation.name(),
				organisation.type(), organisation.country()));
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return save(id, form, result, model, response, redirect);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		return setActive(id, false, redirect);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		return setActive(id, true, redirect);
	}

	private String setActive(UUID id, boolean active, RedirectAttributes redirect) {
		try {
			accounts.setOrganisationActive(id, active);
			redirect.addFlashAttribute("notice",
					active ? "admin.organisation.reactivated" : "admin.organisation.deactivated");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.messageKey());
		}
		return "redirect:/admin/organisations/" + id;
	}

	private String save(UUID id, OrganisationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			UUID saved = accounts.saveOrganisation(new SaveOrganisationCommand(id,
					form.version() == null ? -1 : form.version(), form.name(), form.type(), form.country()));
			redirect.addFlashAttribute("notice", "admin.organisation.saved");
			return "redirect:/admin/organisations/" + saved;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return form(model, id == null ? null : accounts.organisation(id), form);
	}

	private String form(Model model, OrganisationSummary organisation, OrganisationForm form) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("types", OrganisationType.values());
		return "admin/organisation-form";
	}

	record OrganisationForm(Integer version, String name, OrganisationType type, String country) {
	}

}
