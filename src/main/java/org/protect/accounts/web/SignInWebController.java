package org.protect.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.SignIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and its second step, the TOTP code.
 */
@Controller
class SignInWebController {

	private final SignIn signIn;

	private final int lockoutFailures;

	private final long lockoutMinutes;

	SignInWebController(SignIn signIn, @Value("${protect.security.lockout.max-failures:5}") int lockoutFailures,
			@Value("${protect.security.lockout.duration:15m}") java.time.Duration lockoutDuration) {
		this.signIn = signIn;
		this.lockoutFailures = lockoutFailures;
		this.lockoutMinutes = lockoutDuration.toMinutes();
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockoutFailures", lockoutFailures);
		model.addAttribute("lockoutMinutes", lockoutMinutes);
		return "login";
	}

	@GetMapping("/login/code")
	String code(Model model) {
		model.addAttribute("failed", false);
		return "login-code";
	}

	@PostMapping("/login/code")
	String verifyCode(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser pending = CurrentUser.current().orElseThrow();
		var user = signIn.verifyCode(pending, code);
		if (user.isEmpty()) {
			model.addAttribute("failed", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "login-code";
		}
		SessionAuthentication.signInFully(user.get(), request, response);
		return "redirect:/";
	}


}
