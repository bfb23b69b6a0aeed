package org.waymark.browser;

import org.junit.jupiter.api.Test;
import org.waymark.browser.BrowserSupport.Availability;
import org.waymark.browser.BrowserSupport.Decision;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** When the browser tests run, are skipped, or fail. */
class BrowserSupportTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@Test
	void runsWhenChromiumAndChromedriverAreBothInstalled() {
		assertThat(decide(Map.of(), CHROMIUM, CHROMEDRIVER).decision()).isEqualTo(Decision.RUN);
		assertThat(decide(Map.of("CI", "true"), CHROMIUM, CHROMEDRIVER).decision()).isEqualTo(Decision.RUN);
	}

	@Test
	void skipsWithAMessageNamingWhatIsMissingOutsideCi() {
		Availability availability = decide(Map.of(), CHROMIUM);
		assertThat(availability.decision()).isEqualTo(Decision.SKIP);
		assertThat(availability.message()).contains("/usr/bin/chromedriver")
			.doesNotContain("[/usr/bin/chromium")
			.contains("apt-get install chromium chromium-driver")
			.contains("Skipping");
	}

	@Test
	void skipsWhenCiIsSetToSomethingOtherThanTrue() {
		assertThat(decide(Map.of("CI", "false")).decision()).isEqualTo(Decision.SKIP);
		assertThat(decide(Map.of("CI", "")).decision()).isEqualTo(Decision.SKIP);
	}

	@Test
	void failsOnCiWhenEitherProgramIsMissing() {
		assertThat(decide(Map.of("CI", "true")).decision()).isEqualTo(Decision.FAIL);
		assertThat(decide(Map.of("CI", "TRUE"), CHROMEDRIVER).decision()).isEqualTo(Decision.FAIL);
		assertThat(decide(Map.of("CI", "1"), CHROMIUM).decision()).isEqualTo(Decision.FAIL);
		assertThat(decide(Map.of("CI", "true")).message()).contains("/usr/bin/chromium", "/usr/bin/chromedriver",
				"CI=true");
	}

	private static Availability decide(Map<String, String> environment, Path... installed) {
		return BrowserSupport.availability(environment, Set.of(installed)::contains, CHROMIUM, CHROMEDRIVER);
	}

}
