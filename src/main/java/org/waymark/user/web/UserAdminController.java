package org.waymark.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.waymark.user.AccessPolicy;
import org.waymark.user.Passwords;
import org.waymark.user.Role;
import org.waymark.user.UserAccount;
import org.waymark.user.UserAdministration;
import org.waymark.user.UserChange;
import org.waymark.user.UserRuleException;
import org.waymark.user.WaymarkUser;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.NotFoundException;

import java.time.ZoneId;

/**
 * The admin's pages for people: the list of users, adding and changing one, disabling and
 * enabling, and issuing a link to set a password. Admins only; a change made from a page
 * that someone else's save has overtaken answers 409 with the stored account.
 */
@Controller
class UserAdminController {

	static final String FORM = "user/form";

	static final String ACCESS = "user/access";

	private final UserAdministration users;

	private final AccessPolicy access;

	UserAdminController(UserAdministration users, AccessPolicy access) {
		this.users = users;
		this.access = access;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String role, @RequestParam(required = false) String q,
			Authentication who, Model model) {
		requireAdmin(who);
		Role chosen = parseRole(role);
		model.addAttribute("users", this.users.users(chosen, q));
		model.addAttribute("roles", Role.values());
		model.addAttribute("role", (chosen != null) ? chosen.name() : "");
		model.addAttribute("q", (q != null) ? q : "");
		return "user/list";
	}

	@GetMapping("/admin/users/new")
	String adding(Authentication who, Model model) {
		requireAdmin(who);
		model.addAttribute("userForm", new UserForm());
		return form(model, null);
	}

	@PostMapping("/admin/users/new")
	String add(@Valid @ModelAttribute UserForm userForm, BindingResult result, Authentication who, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		requireAdmin(who);
		UserChange change = userForm.toChange(result);
		if (change == null) {
			return form(model, null);
		}
		Passwords.IssuedLink link;
		try {
			link = this.users.create(change, baseUrl(request));
		}
		catch (UserRuleException ex) {
			reject(result, ex);
			return form(model, null);
		}
		redirect.addFlashAttribute("link", link);
		redirect.addFlashAttribute("created", true);
		return "redirect:/admin/users/link";
	}

	@GetMapping("/admin/users/{id}")
	String editing(@PathVariable long id, Authentication who, Model model) {
		requireAdmin(id, who);
		UserAccount account = this.users.account(id);
		model.addAttribute("userForm", UserForm.showing(account));
		return form(model, account);
	}

	@PostMapping("/admin/users/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute UserForm userForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(id, who);
		UserAccount account = this.users.account(id);
		UserChange change = userForm.toChange(result);
		if (change == null) {
			return form(model, account);
		}
		try {
			this.users.change(id, userForm.versionShown(), change, (WaymarkUser) who.getPrincipal());
		}
		catch (UserRuleException ex) {
			reject(result, ex);
			return form(model, account);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			UserAccount stored = this.users.account(id);
			userForm.setVersion(String.valueOf(stored.getVersion()));
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, stored);
		}
		redirect.addFlashAttribute("changed", change.displayName());
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/users/{id}/disable")
	String disabling(@PathVariable long id, Authentication who, Model model) {
		return accessPage(id, false, who, model);
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable long id, @RequestParam(required = false) String version, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return setEnabled(id, version, false, who, model, redirect, response);
	}

	@GetMapping("/admin/users/{id}/enable")
	String enabling(@PathVariable long id, Authentication who, Model model) {
		return accessPage(id, true, who, model);
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable long id, @RequestParam(required = false) String version, Authentication who,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return setEnabled(id, version, true, who, model, redirect, response);
	}

	@GetMapping("/admin/users/{id}/password-link")
	String linking(@PathVariable long id, Authentication who, Model model) {
		requireAdmin(id, who);
		model.addAttribute("account", this.users.account(id));
		return "user/new-link";
	}

	@PostMapping("/admin/users/{id}/password-link")
	String link(@PathVariable long id, @RequestParam(required = false) String version, Authentication who, Model model,
			HttpServletRequest request, RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(id, who);
		try {
			redirect.addFlashAttribute("link", this.users.issueLink(id, parse(version), baseUrl(request)));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("account", this.users.account(id));
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return "user/new-link";
		}
		return "redirect:/admin/users/link";
	}

	/**
	 * The link just issued, shown once to pass on (or the news that it was emailed); a
	 * visit again finds a page saying that it is shown only once.
	 */
	@GetMapping("/admin/users/link")
	String issued(Authentication who, Model model, HttpServletRequest request) {
		requireAdmin(who);
		if (!model.containsAttribute("link")) {
			return "user/link-gone";
		}
		model.addAttribute("baseUrl", baseUrl(request));
		Passwords.IssuedLink link = (Passwords.IssuedLink) model.getAttribute("link");
		model.addAttribute("expires", DisplayDates.format(link.expiresAt(), ZoneId.of("Europe/London")));
		return "user/link";
	}

	private String accessPage(long id, boolean enabling, Authentication who, Model model) {
		requireAdmin(id, who);
		model.addAttribute("account", this.users.account(id));
		model.addAttribute("enabling", enabling);
		model.addAttribute("self", ((WaymarkUser) who.getPrincipal()).getId() == id);
		return ACCESS;
	}

	private String setEnabled(long id, String version, boolean enabled, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireAdmin(id, who);
		try {
			this.users.setEnabled(id, parse(version), enabled, (WaymarkUser) who.getPrincipal());
		}
		catch (UserRuleException ex) {
			accessPage(id, enabled, who, model);
			model.addAttribute("refused", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			return ACCESS;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			accessPage(id, enabled, who, model);
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return ACCESS;
		}
		UserAccount account = this.users.account(id);
		redirect.addFlashAttribute(enabled ? "enabled" : "disabled", account.getDisplayName());
		return "redirect:/admin/users";
	}

	private String form(Model model, UserAccount account) {
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("plans", this.users.programmeChoices());
		return FORM;
	}

	/**
	 * As {@link #requireAdmin(Authentication)} for a page about one account; an id no
	 * account can have (ids are positive) is not found, for anyone.
	 */
	private void requireAdmin(long id, Authentication who) {
		if (id < 1) {
			throw new NotFoundException("User " + id);
		}
		requireAdmin(who);
	}

	private void requireAdmin(Authentication who) {
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins manage users");
		}
	}

	private static void reject(BindingResult result, UserRuleException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

	private static Role parseRole(String role) {
		for (Role candidate : Role.values()) {
			if (candidate.name().equals(role)) {
				return candidate;
			}
		}
		return null;
	}

	private static long parse(String version) {
		try {
			return (version == null) ? -1 : Long.parseLong(version.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The address the service was reached at, which links sent by email start with. */
	private static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
