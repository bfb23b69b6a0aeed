package org.waymark.admin.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.waymark.user.AccessPolicy;

/** The administration home page: admins only. */
@Controller
class AdministrationController {

	private final AccessPolicy access;

	AdministrationController(AccessPolicy access) {
		this.access = access;
	}

	@GetMapping("/admin")
	String home(Authentication who) {
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins administer Waymark");
		}
		return "admin/index";
	}

}
