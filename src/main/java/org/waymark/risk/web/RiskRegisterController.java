package org.waymark.risk.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.risk.RiskPages;

/**
 * A plan's risk register and each risk's page, for everyone signed in. The register's
 * filters are a GET form, so that a filtered register (and a heat map cell's risks) can
 * be bookmarked and shared; they are read as text so that a value the register does not
 * understand gets the same 400 page as on the heat map ({@link RiskFilterAdvice}) rather
 * than the generic one.
 */
@Controller
class RiskRegisterController {

	private final RiskPages pages;

	RiskRegisterController(RiskPages pages) {
		this.pages = pages;
	}

	@GetMapping("/plans/{planId}/risks")
	String register(@PathVariable long planId, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String status, @RequestParam(required = false) String likelihood,
			@RequestParam(required = false) String impact, Authentication reader, Model model) {
		model.addAttribute("register", this.pages.register(planId, programme, status, likelihood, impact, reader));
		return "risk/register";
	}

	/** The editing pages come back here with a "riskSaved" flash message key. */
	@GetMapping("/risks/{id}")
	String risk(@PathVariable long id, Authentication reader, Model model) {
		model.addAttribute("page", this.pages.page(id, reader));
		return "risk/risk";
	}

}
