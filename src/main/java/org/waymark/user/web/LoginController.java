package org.waymark.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.waymark.user.SignInFilters;
import org.waymark.user.SignInSettings;

/**
 * The sign-in page. Spring Security handles the POST to /login, and redirects back here
 * with {@code ?error} after a failed attempt or {@code ?signedOut} after signing out.
 */
@Controller
class LoginController {

	static final String FORM = "loginForm";

	/** The email address typed in the failed attempt the page is showing. */
	private static final String TYPED_USERNAME = SignInFilters.TYPED_EMAIL;

	private final SignInSettings settings;

	LoginController(SignInSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			HttpServletRequest request, Model model) {
		LoginForm form = new LoginForm();
		BindingResult result = new BeanPropertyBindingResult(form, FORM);
		if (throttled != null) {
			form.setUsername(takeTypedUsername(request));
			// The same words whether or not the address has an account.
			result.rejectValue("username", "login.error.throttled", new Object[] { this.settings.lockoutMinutes() },
					null);
		}
		else if (error != null) {
			form.setUsername(takeTypedUsername(request));
			// One message for both fields: saying which was wrong would tell a stranger
			// which addresses have accounts.
			result.rejectValue("username", "login.error.badCredentials");
		}
		model.addAttribute(FORM, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		return "login";
	}

	/**
	 * Keeps the email address of a failed sign-in for the page Spring Security redirects
	 * to, so that nobody has to type it again. Spring Security publishes the failure
	 * while it handles the form's POST; the password is never kept.
	 */
	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
			current.getRequest().getSession().setAttribute(TYPED_USERNAME, attempt.getName());
		}
	}

	private static String takeTypedUsername(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object typed = session.getAttribute(TYPED_USERNAME);
		session.removeAttribute(TYPED_USERNAME);
		return (typed instanceof String username) ? username : null;
	}

}
