package org.waymark.config;

import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WithoutFontFacesTest {

	@Test
	void theGovukStylesheetKeepsEverythingButTheRulesThatLoadItsFonts() throws IOException {
		String path = "/META-INF/resources/webjars/govuk-frontend/"
				+ new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/govuk-frontend.min.css";
		String css;
		try (InputStream in = getClass().getResourceAsStream(path)) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(css).as("the stylesheet as published").contains("@font-face", "/assets/fonts/");

		String served = WithoutFontFaces.strip(css);

		assertThat(served).doesNotContain("@font-face").doesNotContain("/assets/fonts/");
		assertThat(served).as("everything else kept").contains(".govuk-body", "/assets/images/");
		assertThat(css.length() - served.length()).isBetween(100, 1000);
	}

}
