package org.waymark.user.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the POST to /login, and redirects back here
 * with {@code ?error} after a failed attempt or {@code ?signedOut} after signing out.
 */
@Controller
class LoginController {

	static final String FORM = "loginForm";

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, Model model) {
		LoginForm form = new LoginForm();
		BindingResult result = new BeanPropertyBindingResult(form, FORM);
		if (error != null) {
			// One message for both fields: saying which was wrong would tell a stranger
			// which addresses have accounts.
			result.rejectValue("username", "login.error.badCredentials");
		}
		model.addAttribute(FORM, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		return "login";
	}

}
