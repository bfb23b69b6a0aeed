package org.waymark.reminder.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.reminder.Chase;
import org.waymark.reminder.ReminderOutcome;
import org.waymark.reminder.Reminders;

/**
 * Chasing a late return from the quarterly returns page, and the admin's list of the
 * reminders sent or listed.
 */
@Controller
class ReminderController {

	/** Flash attribute: the {@link Chase} just made, for the returns page's banner. */
	static final String CHASED = "chased";

	private final Reminders reminders;

	ReminderController(Reminders reminders) {
		this.reminders = reminders;
	}

	@PostMapping("/programmes/{programmeId}/periods/{periodId}/chase")
	String chase(@PathVariable long programmeId, @PathVariable long periodId, Authentication who,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(CHASED, this.reminders.chase(programmeId, periodId, who));
		return "redirect:/returns";
	}

	@GetMapping("/admin/reminders")
	String list(@RequestParam(name = "quarter", required = false) Long quarter,
			@RequestParam(name = "outcome", required = false) ReminderOutcome outcome, Authentication who,
			Model model) {
		model.addAttribute("listing", this.reminders.listing(quarter, outcome, who));
		model.addAttribute("quarter", quarter);
		model.addAttribute("outcome", outcome);
		model.addAttribute("outcomes", ReminderOutcome.values());
		return "reminder/list";
	}

}
