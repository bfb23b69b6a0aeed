package org.waymark.smoke;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first README command, as a test: the application starts on its zero-setup default
 * (the embedded H2 file database, in PostgreSQL mode, with the demo data) and a demo user
 * can sign in and see the plan. Only the file location differs from a real first run, so
 * a developer's ./data/ is never touched.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultSmokeIT {

	@TempDir
	static Path dataDirectory;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void embeddedDatabaseInTemporaryDirectory(DynamicPropertyRegistry registry) {
		// Same URL options as application.properties; only the file moves.
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDirectory.resolve("waymark")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@Test
	void demoUserSignsInOnTheEmbeddedDefaultAndSeesTheSevenProgrammes() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		HttpResponse<String> home = get(browser, "/");
		assertThat(home.uri().getPath()).isEqualTo("/login");

		String csrf = csrfTokenOf(home.body());
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form("username", "executive@example.org", "password", "executive-demo-1", "_csrf", csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.uri().getPath()).isEqualTo("/");
		assertThat(signedIn.body()).contains("Supporting children, families and communities")
			.contains("Embedding a Think Family Approach across the Workforce");
	}

	@Test
	void wrongPasswordStaysOnTheSignInPage() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		String csrf = csrfTokenOf(get(browser, "/login").body());

		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form("username", "executive@example.org", "password", "not-the-password", "_csrf", csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.uri().getPath()).isEqualTo("/login");
		assertThat(response.uri().getQuery()).isEqualTo("error");
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfTokenOf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("sign-in page carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String form(String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(namesAndValues[i])
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

}
