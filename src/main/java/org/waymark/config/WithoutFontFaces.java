package org.waymark.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Serves GOV.UK Frontend's stylesheet without its {@code @font-face} rules. They load the
 * GDS Transport typeface, which is for GOV.UK services only and which Waymark does not
 * serve; left in, Chromium falls back to them for any character the reader's Arial lacks
 * and asks for the missing font files (404s). static/css/waymark.css defines the family
 * instead.
 */
class WithoutFontFaces implements ResourceTransformer {

	private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = chain.transform(request, resource);
		String css = new String(transformed.getContentAsByteArray(), StandardCharsets.UTF_8);
		return new TransformedResource(transformed, strip(css).getBytes(StandardCharsets.UTF_8));
	}

	static String strip(String css) {
		return FONT_FACE.matcher(css).replaceAll("");
	}

}
