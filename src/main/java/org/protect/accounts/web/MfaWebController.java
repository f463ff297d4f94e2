package org.protect.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.SignIn;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enrolment in TOTP multi-factor authentication. The secret lives in the session until the user proves
 * their app produces its codes; only then is it stored.
 */
@Controller
class MfaWebController {

	static final String PENDING_ENROLMENT = "protect.mfa.enrolment";

	private final SignIn signIn;

	private final AccountManagement accounts;

	private final MessageSource messages;

	MfaWebController(SignIn signIn, AccountManagement accounts, MessageSource messages) {
		this.signIn = signIn;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account/mfa")
	String enrol(Model model, HttpSession session) {
		CurrentUser user = CurrentUser.current().orElseThrow();
		if (signIn.hasMfa(user)) {
			model.addAttribute("enrolled", true);
			return "account/mfa";
		}
		SignIn.MfaEnrolment enrolment = signIn.startEnrolment(user, qrLabel());
		session.setAttribute(PENDING_ENROLMENT, enrolment.secret());
		return page(model, user, enrolment, false);
	}

	@PostMapping("/account/mfa")
	String confirm(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
			HttpServletRequest request, HttpServletResponse response) {
		CurrentUser user = CurrentUser.current().orElseThrow();
		Object secret = session.getAttribute(PENDING_ENROLMENT);
		if (!(secret instanceof String pending)) {
			return "redirect:/account/mfa";
		}
		var enrolled = signIn.confirmEnrolment(user, pending, code);
		if (enrolled.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, user, signIn.enrolmentFor(user, pending, qrLabel()), true);
		}
		session.removeAttribute(PENDING_ENROLMENT);
		SessionAuthentication.signInFully(enrolled.get(), request, response);
		model.addAttribute("enrolled", true);
		return "account/mfa";
	}

	private String qrLabel() {
		return messages.getMessage("mfa.qrLabel", null, LocaleContextHolder.getLocale());
	}

	private String page(Model model, CurrentUser user, SignIn.MfaEnrolment enrolment, boolean failed) {
		model.addAttribute("enrolled", false);
		model.addAttribute("required", accounts.mfaRequiredFor(user.roles()));
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("failed", failed);
		return "account/mfa";
	}

}
