package org.waymark.reminder.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.waymark.reminder.Reminders;
import org.waymark.report.ReturnsService.OpenQuarter;
import org.waymark.report.ReturnsService.ReturnsOverview;

/**
 * What reminders add to pages other modules own, which may not depend on this one: on the
 * quarterly returns page, when each return was last chased (its chase buttons post here);
 * on the administration home, whether mail is configured.
 */
@Configuration
class ReminderPageAdditions implements WebMvcConfigurer, HandlerInterceptor {

	private static final String RETURNS_VIEW = "report/review/returns";

	private static final String ADMIN_VIEW = "admin/index";

	// Absent from web slice tests of other modules' pages, which then show no additions.
	private final ObjectProvider<Reminders> reminders;

	ReminderPageAdditions(ObjectProvider<Reminders> reminders) {
		this.reminders = reminders;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/returns", "/admin");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		Reminders reminders = this.reminders.getIfAvailable();
		if (modelAndView == null || reminders == null) {
			return;
		}
		if (RETURNS_VIEW.equals(modelAndView.getViewName())
				&& modelAndView.getModel().get("overview") instanceof ReturnsOverview overview) {
			modelAndView.addObject("chaseHistory",
					reminders.chaseHistory(overview.quarters().stream().map(OpenQuarter::periodId).toList()));
		}
		else if (ADMIN_VIEW.equals(modelAndView.getViewName())) {
			modelAndView.addObject("mailConfigured", reminders.mailConfigured());
		}
	}

}
