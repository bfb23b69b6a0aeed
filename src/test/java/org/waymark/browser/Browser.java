package org.waymark.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * One headless Chromium pointed at the application under test, shared by the tests of a
 * class (see {@link BrowserExtension}), with the few things every browser test does: open
 * a page of the app, sign in, and save screenshots of a journey.
 */
public final class Browser implements AutoCloseable {

	/**
	 * Tall pages are photographed down to here; enough for every page a journey shows.
	 */
	private static final int MAX_SCREENSHOT_HEIGHT = 6000;

	private final ChromeDriver driver;

	private final Path profile;

	private final Path screenshots;

	private String baseUrl;

	private Browser(ChromeDriver driver, Path profile, Path screenshots) {
		this.driver = driver;
		this.profile = profile;
		this.screenshots = screenshots;
	}

	/** Starts Chromium; screenshots go under {@code waymark.screenshots}. */
	static Browser start() {
		Path screenshots = Path.of(System.getProperty("waymark.screenshots", "target/screenshots"));
		try {
			Path profile = Files.createTempDirectory("waymark-chromium-");
			return new Browser(BrowserSupport.startChromium(profile, screenshots.resolve("chromedriver.log")), profile,
					screenshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Resizes the window so that pages are laid out this many CSS pixels wide. */
	public void viewportWidth(int width) {
		Dimension size = this.driver.manage().window().getSize();
		int client = ((Number) script("return document.documentElement.clientWidth")).intValue();
		this.driver.manage().window().setSize(new Dimension(size.getWidth() + width - client, size.getHeight()));
	}

	void baseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** The app's address, such as {@code http://localhost:41234}. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Opens a page of the app by its path, as if typed or pasted into the address bar.
	 */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/** The current page's path and query, such as {@code /login?error}. */
	public String path() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	public WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	public List<WebElement> findAll(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	/** The page's main heading, as shown. */
	public String heading() {
		return find("h1").getText();
	}

	/**
	 * Does something that loads a new page, such as clicking a link or pressing Enter on
	 * a button, and waits until the new page has loaded: a click returns before a form's
	 * answer has arrived.
	 */
	public void loadingNewPage(Runnable action) {
		WebElement old = find("html");
		action.run();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.stalenessOf(old));
		wait.until((d) -> "complete".equals(script("return document.readyState")));
	}

	/** Clicks a link or button that loads a new page, and waits for it. */
	public void click(String cssSelector) {
		WebElement element = find(cssSelector);
		loadingNewPage(element::click);
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** Signs in through the sign-in form, starting from a session of nobody. */
	public void signIn(DemoUser user) {
		signIn(user.email(), user.password());
	}

	/** Signs in as anyone, such as a user an admin has just created, through the form. */
	public void signIn(String email, String password) {
		signOutQuietly();
		open("/login");
		find("#username").sendKeys(email);
		find("#password").sendKeys(password);
		click("main form button[type=submit]");
	}

	/** Forgets the session, as closing the browser would. */
	public void signOutQuietly() {
		this.driver.manage().deleteAllCookies();
	}

	/** The session cookie, for requests made beside the browser. */
	public Cookie sessionCookie() {
		return this.driver.manage().getCookieNamed("JSESSIONID");
	}

	/**
	 * What the page wrote to the browser's console at level SEVERE since last asked:
	 * script errors, and resources the Content-Security-Policy or a 404 blocked.
	 */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** A new series of numbered screenshots, replacing an earlier run's. */
	public Journey journey(String name) {
		Path directory = this.screenshots.resolve(name);
		deleteRecursively(directory);
		return new Journey(directory);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteRecursively(this.profile);
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// A leftover temporary file is no reason to fail a test.
			System.err.println("Could not delete " + directory + ": " + ex);
		}
	}

	/**
	 * The screenshots of one journey: {@code <journey>/01-<step>.png},
	 * {@code 02-<step>.png} and so on.
	 */
	public final class Journey {

		private final Path directory;

		private int steps;

		private Journey(Path directory) {
			this.directory = directory;
		}

		/** Saves the whole page, top to bottom. */
		public Path page(String step) {
			return save(step, fullPage());
		}

		/** Saves what is in the window, such as an element with the keyboard focus. */
		public Path view(String step) {
			return save(step, Browser.this.driver.getScreenshotAs(OutputType.BYTES));
		}

		private Path save(String step, byte[] png) {
			this.steps++;
			Path file = this.directory.resolve("%02d-%s.png".formatted(this.steps, step));
			try {
				Files.createDirectories(this.directory);
				Files.write(file, png);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return file;
		}

		private byte[] fullPage() {
			Number width = (Number) script("return document.documentElement.scrollWidth");
			Number height = (Number) script("return document.documentElement.scrollHeight");
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.intValue(), "height",
					Math.min(height.intValue(), MAX_SCREENSHOT_HEIGHT), "scale", 1);
			Map<String, Object> result = Browser.this.driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
			return Base64.getDecoder().decode((String) result.get("data"));
		}

	}

}
