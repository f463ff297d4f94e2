package org.protect.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.SignIn;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's own account: profile, language, password.
 */
@Controller
class AccountWebController {

	private final AccountManagement accounts;

	private final SignIn signIn;

	private final RoleNames roleNames;

	private final LocaleResolver locales;

	AccountWebController(AccountManagement accounts, SignIn signIn, RoleNames roleNames, LocaleResolver locales) {
		this.accounts = accounts;
		this.signIn = signIn;
		this.roleNames = roleNames;
		this.locales = locales;
	}

	@ModelAttribute("passwordForm")
	PasswordChangeForm passwordForm() {
		return new PasswordChangeForm(null, null);
	}

	@GetMapping("/account")
	String profile(Model model) {
		CurrentUser user = CurrentUser.current().orElseThrow();
		model.addAttribute("roleNames", roleNames.of(user.roles()));
		model.addAttribute("mfaEnabled", signIn.hasMfa(user));
		return "account/profile";
	}

	@PostMapping("/account/language")
	String language(@RequestParam(defaultValue = "") String language, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		accounts.setOwnLanguage(language.isBlank() ? null : language);
		CurrentUser updated = CurrentUser.current().orElseThrow().withLanguage(language.isBlank() ? null : language);
		SessionAuthentication.save(updated, request, response);
		// The profile language now decides; forget a language picked with ?lang= for this browser session.
		locales.setLocale(request, response, null);
		redirect.addFlashAttribute("notice", "account.language.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String password(@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			accounts.changeOwnPassword(form.currentPassword(), form.newPassword());
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return profile(model);
		}
		redirect.addFlashAttribute("notice", "account.password.saved");
		return "redirect:/account";
	}

	record PasswordChangeForm(String currentPassword, String newPassword) {
	}

}
