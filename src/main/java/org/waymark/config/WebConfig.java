package org.waymark.config;

import org.springframework.context.annotation.Configuration;
import org.webjars.WebJarVersionLocator;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves GOV.UK Frontend's fonts and images where its stylesheet expects them. */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// govuk-frontend.min.css refers to /assets/fonts/… and /assets/images/… by absolute path.
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/"
					+ new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/assets/");
	}

}
