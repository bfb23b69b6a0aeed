package org.waymark.config;

import org.springframework.context.annotation.Configuration;
import org.webjars.WebJarVersionLocator;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend's images where its stylesheet expects them. Its fonts are
 * deliberately not served: the GDS Transport typeface is for GOV.UK services only (see
 * static/css/waymark.css).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// govuk-frontend.min.css refers to /assets/images/… by absolute path.
		registry.addResourceHandler("/assets/images/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/"
					+ new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/assets/images/");
	}

}
