package org.waymark.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend's images where its stylesheet expects them, and the stylesheet
 * itself without the rules that would load its fonts. The fonts are deliberately not
 * served: the GDS Transport typeface is for GOV.UK services only (see
 * static/css/waymark.css and {@link WithoutFontFaces}).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		String govuk = "classpath:/META-INF/resources/webjars/govuk-frontend/"
				+ new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/";
		// govuk-frontend.min.css refers to /assets/images/… by absolute path.
		registry.addResourceHandler("/assets/images/**").addResourceLocations(govuk + "assets/images/");
		// More specific than Boot's /webjars/**, so the layout's link gets this one.
		registry.addResourceHandler("/webjars/govuk-frontend/dist/govuk/*.min.css")
			.addResourceLocations(govuk)
			.resourceChain(true)
			.addTransformer(new WithoutFontFaces());
	}

}
