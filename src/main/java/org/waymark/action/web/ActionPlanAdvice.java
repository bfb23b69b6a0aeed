package org.waymark.action.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.action.ActionPlanConflictException;
import org.waymark.action.ActionPlanRuleException;

/**
 * A move, removal or roll-forward refused: 409 with a page that says why and links back
 * to the plan. (Forms that were typed in handle a conflict themselves, keeping the text.)
 */
@ControllerAdvice(basePackageClasses = ActionPlanAdvice.class)
class ActionPlanAdvice {

	@ExceptionHandler(ActionPlanConflictException.class)
	ModelAndView conflict() {
		ModelAndView page = new ModelAndView("action/plan/refused", HttpStatus.CONFLICT);
		page.addObject("reason", "actionPlan.conflict");
		return page;
	}

	@ExceptionHandler(ActionPlanRuleException.class)
	ModelAndView refused(ActionPlanRuleException ex) {
		ModelAndView page = new ModelAndView("action/plan/refused", HttpStatus.CONFLICT);
		page.addObject("reason", ex.getMessageKey());
		return page;
	}

}
