package org.waymark.browser;

import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every page a signed-in person can reach from a start page by following the app's
 * own links, the way they could: links, and the choices of forms that only read (method
 * GET, such as the dashboard's period picker). Breadth first, each path and query once,
 * up to a limit. It never follows sign-out, and leaves downloads alone: links marked
 * {@code download}, attachment and export addresses, and anything the server does not
 * answer with an HTML page. Before the browser opens a page, a HEAD request with the
 * browser's session cookie asks for its status, so that a link to a missing page or a
 * server error is reported instead of scanned.
 * <p>
 * Pages of one kind (the same path but for its ids, and the same query parameter names)
 * are drawn by one template, so only the first {@link #PAGES_OF_A_KIND} of each kind are
 * opened: the crawl then covers every kind of page however many actions, measures or
 * reports the data has, rather than stopping at its limit part-way through the first long
 * list.
 */
final class SiteCrawler {

	/** How many pages of one kind are opened and scanned. */
	static final int PAGES_OF_A_KIND = 3;

	private static final Pattern ID_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

	private static final Pattern DOWNLOAD_PATH = Pattern
		.compile("(?i).*(/attachments?(/|$)|/downloads?(/|$)|/exports?(/|$)|\\.(pdf|csv|xlsx?|docx?|zip|png|jpe?g)$)");

	/** Every link and every choice of a GET form on the page, as absolute addresses. */
	private static final String LINKS_SCRIPT = """
			const found = [];
			for (const a of document.querySelectorAll('a[href]')) {
			  found.push({ href: a.href, download: a.hasAttribute('download') });
			}
			for (const form of document.querySelectorAll('form')) {
			  if ((form.getAttribute('method') || 'get').toLowerCase() !== 'get') continue;
			  const submit = (data) => {
			    const url = new URL(form.action);
			    url.search = new URLSearchParams(data).toString();
			    found.push({ href: url.href, download: false });
			  };
			  submit(new FormData(form));
			  for (const field of form.querySelectorAll('select[name], input[type=radio][name]')) {
			    const values = field.tagName === 'SELECT' ? Array.from(field.options, (o) => o.value) : [field.value];
			    for (const value of values) {
			      const data = new FormData(form);
			      data.set(field.name, value);
			      submit(data);
			    }
			  }
			}
			return found;""";

	private final Browser browser;

	private final int limit;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	SiteCrawler(Browser browser, int limit) {
		this.browser = browser;
		this.limit = limit;
	}

	/** What a crawl found. */
	record Crawl(List<String> visited, List<String> skipped, List<String> broken, boolean limitReached) {
	}

	/**
	 * Opens each page reachable from {@code start} in the browser and hands its path to
	 * {@code check} while it is open.
	 */
	Crawl crawl(String start, Consumer<String> check) {
		URI origin = URI.create(this.browser.baseUrl());
		Deque<String[]> queue = new ArrayDeque<>();
		queue.add(new String[] { start, "(start)" });
		Set<String> seen = new HashSet<>();
		List<String> visited = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		boolean limitReached = false;
		Map<String, Integer> pagesOfKind = new HashMap<>();
		while (!queue.isEmpty()) {
			String[] next = queue.poll();
			String path = next[0];
			String from = next[1];
			if (!seen.add(path)) {
				continue;
			}
			if (path.startsWith("/logout")) {
				skipped.add(path + " (signs out)");
				continue;
			}
			if (DOWNLOAD_PATH.matcher(URI.create(path).getRawPath()).matches()) {
				skipped.add(path + " (a download)");
				continue;
			}
			if (pagesOfKind.merge(kindOf(path), 1, Integer::sum) > PAGES_OF_A_KIND) {
				skipped.add(path + " (" + PAGES_OF_A_KIND + " pages of its kind already scanned)");
				continue;
			}
			if (visited.size() >= this.limit) {
				limitReached = true;
				break;
			}
			Head head = head(path);
			if (head.status() >= 300 && head.status() < 400 && head.location() != null) {
				String target = sameOriginPath(origin,
						URI.create(this.browser.baseUrl() + path).resolve(head.location()));
				if (target == null || target.startsWith("/login")) {
					broken.add(path + " (linked from " + from + ") redirects to " + head.location());
				}
				else {
					queue.addFirst(new String[] { target, path + " (redirect)" });
				}
				continue;
			}
			if (head.status() != 200) {
				broken.add(path + " (linked from " + from + ") answers " + head.status());
				continue;
			}
			if (!head.html()) {
				skipped.add(path + " (a download: " + head.contentType() + ")");
				continue;
			}
			this.browser.open(path);
			if (!this.browser.path().equals(path)) {
				broken.add(path + " (linked from " + from + ") ended on " + this.browser.path());
				continue;
			}
			visited.add(path);
			check.accept(path);
			for (Map<String, Object> link : links()) {
				String target = sameOriginPath(origin, URI.create((String) link.get("href")));
				if (target == null) {
					continue;
				}
				if (Boolean.TRUE.equals(link.get("download"))) {
					if (seen.add(target)) {
						skipped.add(target + " (marked as a download)");
					}
					continue;
				}
				queue.add(new String[] { target, path });
			}
		}
		return new Crawl(visited, skipped, broken, limitReached);
	}

	/**
	 * The kind of page an address shows: its path with ids replaced, and the names of its
	 * query parameters ("/reports/{id}/history/compare?from&to").
	 */
	static String kindOf(String path) {
		URI uri = URI.create(path);
		String kind = ID_SEGMENT.matcher(uri.getRawPath()).replaceAll("/{id}");
		if (uri.getRawQuery() == null) {
			return kind;
		}
		return kind + "?"
				+ Arrays.stream(uri.getRawQuery().split("&"))
					.map((parameter) -> parameter.split("=", 2)[0])
					.sorted()
					.collect(Collectors.joining("&"));
	}

	/** The status of a page of the app, as the signed-in browser would get it. */
	int status(String path) {
		return head(path).status();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> links() {
		return (List<Map<String, Object>>) this.browser.script(LINKS_SCRIPT);
	}

	/** The path and query of an address of the app, without the fragment; else null. */
	private static String sameOriginPath(URI origin, URI uri) {
		if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase(origin.getScheme())
				|| !origin.getHost().equalsIgnoreCase(uri.getHost()) || origin.getPort() != uri.getPort()) {
			return null;
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return path + ((uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) ? "?" + uri.getRawQuery() : "");
	}

	private record Head(int status, String location, String contentType, boolean attachment) {

		boolean html() {
			return this.contentType.toLowerCase(Locale.ROOT).startsWith("text/html") && !this.attachment;
		}

	}

	private Head head(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.browser.baseUrl() + path))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(30));
		Cookie session = this.browser.sessionCookie();
		if (session != null) {
			request.header("Cookie", session.getName() + "=" + session.getValue());
		}
		try {
			HttpResponse<Void> response = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return new Head(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers()
						.firstValue("Content-Disposition")
						.map((value) -> value.toLowerCase(Locale.ROOT).startsWith("attachment"))
						.orElse(false));
		}
		catch (IOException ex) {
			throw new IllegalStateException("HEAD " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
