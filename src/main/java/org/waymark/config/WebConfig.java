package org.waymark.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the static files under the few paths they live at, GOV.UK Frontend's images
 * where its stylesheet expects them, and the stylesheet itself without the rules that
 * would load its fonts. The fonts are deliberately not served: the GDS Transport typeface
 * is for GOV.UK services only (see static/css/waymark.css and {@link WithoutFontFaces}).
 * <p>
 * Spring Boot's own mapping of static files at {@code /**} is turned off
 * ({@code spring.web.resources.add-mappings=false}): with the resource chain on, every
 * link a page builds was looked up as a file under {@code /**}, and a miss is not cached,
 * so a page of a few hundred links spent much of its time on file lookups
 * (docs/performance.md). With the handlers below only links under these paths are.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
		// Versionless webjar paths (/webjars/govuk-frontend/dist/…) through the resource
		// chain's webjar resolver.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
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
