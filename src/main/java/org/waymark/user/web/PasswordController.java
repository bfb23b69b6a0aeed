package org.waymark.user.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.user.PasswordLinkState;
import org.waymark.user.PasswordPolicy;
import org.waymark.user.Passwords;
import org.waymark.user.WaymarkUser;

import java.util.Objects;

/**
 * Choosing a password: with a one-time link, which anyone holding it may open (it is how
 * a new person gets in), and changing one's own when signed in. A link that has expired,
 * was used or was never issued gets a page that says so (404).
 */
@Controller
class PasswordController {

	static final String SET = "password/set";

	static final String CHANGE = "password/change";

	private final Passwords passwords;

	PasswordController(Passwords passwords) {
		this.passwords = passwords;
	}

	/** For the rules the password pages list. */
	@ModelAttribute("minimumLength")
	int minimumLength() {
		return PasswordPolicy.MINIMUM_LENGTH;
	}

	@GetMapping("/password/set/{token}")
	String setting(@PathVariable String token, Model model, HttpServletResponse response) {
		Passwords.LinkCheck check = this.passwords.checkLink(token);
		if (check.state() != PasswordLinkState.VALID) {
			return unusable(check.state(), model, response);
		}
		model.addAttribute("check", check);
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", new PasswordForm());
		return SET;
	}

	@PostMapping("/password/set/{token}")
	String set(@PathVariable String token, @ModelAttribute PasswordForm passwordForm, BindingResult result, Model model,
			HttpServletResponse response) {
		Passwords.LinkCheck check = this.passwords.checkLink(token);
		if (check.state() != PasswordLinkState.VALID) {
			return unusable(check.state(), model, response);
		}
		model.addAttribute("check", check);
		model.addAttribute("token", token);
		if (!confirmed(passwordForm, result)) {
			return SET;
		}
		Passwords.Outcome outcome = this.passwords.setWithLink(token, passwordForm.getNewPassword());
		if (outcome.linkState() != PasswordLinkState.VALID) {
			return unusable(outcome.linkState(), model, response);
		}
		if (outcome.problem().isPresent()) {
			result.rejectValue("newPassword", outcome.problem().get().messageKey(),
					new Object[] { PasswordPolicy.MINIMUM_LENGTH, PasswordPolicy.MAXIMUM_LENGTH }, null);
			return SET;
		}
		return "redirect:/login?passwordSet";
	}

	@GetMapping("/account/password")
	String changing(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return CHANGE;
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute PasswordForm passwordForm, BindingResult result, Authentication who,
			RedirectAttributes redirect) {
		if (passwordForm.getCurrentPassword() == null || passwordForm.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "password.error.currentMissing");
		}
		if (!confirmed(passwordForm, result)) {
			return CHANGE;
		}
		WaymarkUser user = (WaymarkUser) who.getPrincipal();
		Passwords.Outcome outcome = this.passwords.changeOwn(user.getId(), passwordForm.getCurrentPassword(),
				passwordForm.getNewPassword());
		if (outcome.wrongCurrentPassword()) {
			result.rejectValue("currentPassword", "password.error.currentWrong");
			return CHANGE;
		}
		if (outcome.problem().isPresent()) {
			result.rejectValue("newPassword", outcome.problem().get().messageKey(),
					new Object[] { PasswordPolicy.MINIMUM_LENGTH, PasswordPolicy.MAXIMUM_LENGTH }, null);
			return CHANGE;
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/account/password";
	}

	/** The new password must be there and typed the same twice. */
	private static boolean confirmed(PasswordForm form, Errors errors) {
		if (form.getNewPassword() == null || form.getNewPassword().isEmpty()) {
			errors.rejectValue("newPassword", "password.problem.MISSING");
		}
		else if (!Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "password.error.confirmDifferent");
		}
		return !errors.hasErrors();
	}

	private static String unusable(PasswordLinkState state, Model model, HttpServletResponse response) {
		model.addAttribute("state", state);
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "password/unusable";
	}

}
