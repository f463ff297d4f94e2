package org.protect.accounts.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.CreateUserCommand;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.Role;
import org.protect.accounts.UpdateUserCommand;
import org.protect.accounts.UserSummary;
import org.protect.shared.ConflictException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages for users: list, create, edit, deactivate, reset password or MFA, unlock.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersWebController {

	private final AccountManagement accounts;

	AdminUsersWebController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("now")
	Instant now() {
		return Instant.now();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model, HttpServletRequest request) {
		model.addAttribute("q", q);
		model.addAttribute("users", accounts.users(q, null));
		return FormErrors.isHtmx(request) ? "admin/users :: results" : "admin/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, null, new UserForm(null, null, null, null, null, EnumSet.noneOf(Role.class), null, null));
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			UUID id = accounts.createUser(new CreateUserCommand(form.username(), form.displayName(), form.email(),
					form.organisationId(), roles(form), form.language(), form.password()));
			redirect.addFlashAttribute("notice", "admin.user.created");
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			// The same form object keeps its binding errors; Thymeleaf never writes a password field's value back.
			return form(model, null, form);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		UserSummary user = accounts.user(id);
		return form(model, user, new UserForm(user.version(), user.username(), user.displayName(), user.email(),
				user.organisationId(), user.roles(), user.language(), null));
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.updateUser(new UpdateUserCommand(id, form.version() == null ? -1 : form.version(),
					form.displayName(), form.email(), form.organisationId(), roles(form), form.language()));
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, accounts.user(id), form);
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, accounts.user(id), form);
		}
		redirect.addFlashAttribute("notice", "admin.user.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "admin.user.deactivated", () -> accounts.setUserActive(id, false));
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "admin.user.reactivated", () -> accounts.setUserActive(id, true));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "admin.user.unlocked", () -> accounts.unlock(id));
	}

	@PostMapping("/{id}/reset-mfa")
	String resetMfa(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "admin.user.mfaReset", () -> accounts.resetMfa(id));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @ModelAttribute("passwordForm") PasswordResetForm passwordForm,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.resetPassword(id, passwordForm.password());
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			UserSummary user = accounts.user(id);
			model.addAttribute("passwordForm", new PasswordResetForm(null));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordForm", result);
			return form(model, user, new UserForm(user.version(), user.username(), user.displayName(), user.email(),
					user.organisationId(), user.roles(), user.language(), null));
		}
		redirect.addFlashAttribute("notice", "admin.user.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("conflict", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, UserSummary user, UserForm form) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("organisations",
				accounts.organisations().stream().filter(OrganisationSummary::active).toList());
		model.addAttribute("allRoles", Role.values());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordResetForm(null));
		}
		return "admin/user-form";
	}

	private static Set<Role> roles(UserForm form) {
		return form.roles() == null || form.roles().isEmpty() ? Set.of() : EnumSet.copyOf(form.roles());
	}

	record UserForm(Integer version, String username, String displayName, String email, UUID organisationId,
			Set<Role> roles, String language, String password) {
	}

	record PasswordResetForm(String password) {
	}

}
