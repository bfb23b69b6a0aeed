package org.waymark.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where the browser tests find Chromium, whether they may run, and how a Chromium is
 * started for them.
 * <p>
 * The tests use the Chromium and chromedriver that the operating system installed
 * ({@code apt-get install chromium chromium-driver}), never ones downloaded at run time:
 * naming both paths keeps Selenium Manager from running at all. Where they are missing,
 * as on a developer's laptop, the browser tests are skipped with a message saying so; on
 * a CI server ({@code CI=true}) a missing browser fails the build instead, so that the
 * checks cannot silently stop running there.
 */
public final class BrowserSupport {

	/** Chromium, overridable with {@code -Dwaymark.browser.chromium=...}. */
	static final Path CHROMIUM = Path.of(System.getProperty("waymark.browser.chromium", "/usr/bin/chromium"));

	/** chromedriver, overridable with {@code -Dwaymark.browser.chromedriver=...}. */
	static final Path CHROMEDRIVER = Path
		.of(System.getProperty("waymark.browser.chromedriver", "/usr/bin/chromedriver"));

	private BrowserSupport() {
	}

	/** Whether the browser tests run, are skipped, or fail for want of a browser. */
	public enum Decision {

		RUN, SKIP, FAIL

	}

	/** A decision and the message that explains it. */
	public record Availability(Decision decision, String message) {
	}

	/** The decision for this machine. */
	static Availability availability() {
		return availability(System.getenv(), Files::isExecutable, CHROMIUM, CHROMEDRIVER);
	}

	/**
	 * The rule: run when both programs are there; otherwise skip, unless the environment
	 * says it is CI ({@code CI=true}), where the tests must fail instead.
	 */
	static Availability availability(Map<String, String> environment, Predicate<Path> executable, Path chromium,
			Path chromedriver) {
		List<Path> missing = List.of(chromium, chromedriver).stream().filter(executable.negate()).toList();
		if (missing.isEmpty()) {
			return new Availability(Decision.RUN, "Browser tests use " + chromium + " and " + chromedriver);
		}
		String problem = "The browser tests need Chromium and chromedriver, and " + missing
				+ ((missing.size() == 1) ? " is" : " are") + " missing (install them with 'apt-get install chromium "
				+ "chromium-driver', or name them with -Dwaymark.browser.chromium and -Dwaymark.browser.chromedriver).";
		if (isCi(environment)) {
			return new Availability(Decision.FAIL, problem + " CI=true, so this is a failure, not a skip.");
		}
		return new Availability(Decision.SKIP, problem + " Skipping the browser tests; on CI (CI=true) they fail.");
	}

	private static boolean isCi(Map<String, String> environment) {
		String ci = environment.get("CI");
		return ci != null && List.of("true", "1").contains(ci.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * Starts a headless Chromium with a profile of its own in a new temporary directory,
	 * which the caller deletes after {@link ChromeDriver#quit()}.
	 */
	static ChromeDriver startChromium(Path profile, Path driverLog) {
		try {
			Path config = Files.createDirectories(profile.resolve("xdg-config"));
			Path cache = Files.createDirectories(profile.resolve("xdg-cache"));
			Files.createDirectories(driverLog.getParent());
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				// Chromium inherits these from chromedriver: it keeps its files out of
				// $HOME.
				.withEnvironment(Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_CACHE_HOME", cache.toString()))
				.withLogFile(driverLog.toFile())
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile.resolve("user-data"));
			// The browser's console, so that a page's script errors and blocked resources
			// show up.
			options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
