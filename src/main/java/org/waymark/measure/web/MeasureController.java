package org.waymark.measure.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.measure.MeasurePages;

/** The measure pages, for everyone signed in. */
@Controller
class MeasureController {

	private final MeasurePages pages;

	MeasureController(MeasurePages pages) {
		this.pages = pages;
	}

	@GetMapping("/measures/{id}")
	String measure(@PathVariable long id, Authentication reader, Model model) {
		model.addAttribute("page", this.pages.page(id, reader));
		return "measure/measure";
	}

	@GetMapping("/programmes/{programmeId}/measures")
	String programmeMeasures(@PathVariable long programmeId, Authentication reader, Model model) {
		model.addAttribute("page", this.pages.programmeMeasures(programmeId, reader));
		return "measure/programme-measures";
	}

}
