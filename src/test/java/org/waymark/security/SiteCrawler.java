package org.waymark.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks the application's own pages as one person, from the home page, following links,
 * redirects and GET forms, and collects every form it finds on the way. Nothing is kept
 * by hand: a page or form that a person can reach is found.
 */
final class SiteCrawler {

	static final String ORIGIN = "http://localhost";

	// Raised from 2000 with issue 8: each quarter of each plan now has an executive
	// summary page (and, for admins, its edit and publish pages); raised from 3000 with
	// issue 9: each plan and each of its quarters and programmes has administration
	// pages,
	// and the integration tests' plans share the database the crawl walks.
	private static final int MAX_PAGES = 5000;

	/** Addresses that are not pages: assets, and signing out (a form, never a link). */
	private static final List<String> NOT_PAGES = List.of("/webjars/", "/css/", "/js/", "/assets/", "/favicon",
			"/logout");

	private final MockMvc mvc;

	private final RequestPostProcessor signIn;

	SiteCrawler(MockMvc mvc, RequestPostProcessor signIn) {
		this.mvc = mvc;
		this.signIn = signIn;
	}

	/**
	 * Every page reachable from the home page, and the forms on them, one per distinct
	 * form.
	 */
	Crawl crawl() throws Exception {
		Map<String, FoundForm> forms = new LinkedHashMap<>();
		List<String> serverErrors = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Set<String> expandedGetForms = new HashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		while (!queue.isEmpty()) {
			String address = queue.poll();
			if (!seen.add(address)) {
				continue;
			}
			if (seen.size() > MAX_PAGES) {
				throw new IllegalStateException("The crawl passed " + MAX_PAGES + " pages (at " + address
						+ "): links that go round in circles, or raise SiteCrawler.MAX_PAGES");
			}
			MockHttpServletResponse response = fetch(address);
			if (response.getStatus() >= 500) {
				serverErrors.add(address + " answered " + response.getStatus());
			}
			String location = response.getRedirectedUrl();
			if (response.getStatus() / 100 == 3 && location != null) {
				enqueue(queue, address, location);
				continue;
			}
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
				continue;
			}
			Document page = Jsoup.parse(response.getContentAsString(), ORIGIN + address);
			for (Element link : page.select("a[href]")) {
				enqueue(queue, address, link.attr("href"));
			}
			for (Element element : page.select("form")) {
				FoundForm form = FoundForm.of(address, element);
				forms.putIfAbsent(form.key(), form);
				// A GET form's choices are tried from the first page it is found on only:
				// every page it leads to has the same form with another choice made, and
				// trying every choice again from there would walk every combination of
				// its selects (the comparison of two quarters has three).
				if (form.method().equals("GET") && expandedGetForms.add(form.actionPath() + " " + form.key())) {
					for (String submission : form.getSubmissions()) {
						enqueue(queue, address, submission);
					}
				}
			}
		}
		return new Crawl(List.copyOf(seen), forms, serverErrors);
	}

	MockHttpServletResponse fetch(String address) throws Exception {
		var request = get(address).accept(MediaType.TEXT_HTML);
		if (this.signIn != null) {
			request.with(this.signIn);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * A GET of an address on this site as a browser sends it. A query parameter without a
	 * value ({@code /login?error}) reaches the application as "", as in a servlet
	 * container, rather than as MockMvc's null.
	 */
	static MockHttpServletRequestBuilder get(String address) {
		return MockMvcRequestBuilders.get(URI.create(ORIGIN + address)).with((request) -> {
			for (String name : List.copyOf(request.getParameterMap().keySet())) {
				String[] values = request.getParameterValues(name);
				if (Arrays.asList(values).contains(null)) {
					request.setParameter(name,
							Arrays.stream(values).map((v) -> (v != null) ? v : "").toArray(String[]::new));
				}
			}
			return request;
		});
	}

	private static void enqueue(Deque<String> queue, String from, String href) {
		String address = sameOriginAddress(from, href);
		if (address != null && NOT_PAGES.stream().noneMatch(address::startsWith)) {
			queue.add(address);
		}
	}

	/** The path and query of a link on this site, or null for one elsewhere. */
	static String sameOriginAddress(String from, String href) {
		URI uri = URI.create(ORIGIN + from).resolve(href.strip());
		if (!(ORIGIN + "/").equals(uri.getScheme() + "://" + uri.getAuthority() + "/")) {
			return null;
		}
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/** What a crawl found: the addresses visited, the forms, and any server errors. */
	record Crawl(List<String> pages, Map<String, FoundForm> forms, List<String> serverErrors) {
	}

	/** A form as the crawler found it: where, how it is sent, and its fields. */
	record FoundForm(String page, String method, String action, boolean multipart, List<Field> fields) {

		static FoundForm of(String page, Element form) {
			String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT);
			String action = form.hasAttr("action") ? sameOriginAddress(page, form.attr("action")) : page;
			boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
			List<Field> fields = new ArrayList<>();
			for (Element element : form.select("input[name], textarea[name], select[name]")) {
				fields.add(Field.of(element));
			}
			return new FoundForm(page, method, action, multipart, List.copyOf(fields));
		}

		/**
		 * What makes two forms the same form, wherever they are: the same fields sent the
		 * same way to the same route. Ids in the path do not count, so the change form of
		 * each of a hundred measures is attacked once, not a hundred times.
		 */
		String key() {
			String route = (actionPath() != null) ? actionPath().replaceAll("/\\d+(?=/|$)", "/{id}") : null;
			return this.method + " " + route + " "
					+ this.fields.stream().map(Field::name).sorted().collect(Collectors.joining(","));
		}

		String actionPath() {
			return (this.action != null) ? UriComponentsBuilder.fromUriString(this.action).build().getPath() : null;
		}

		/**
		 * The addresses a GET form leads to: as it stands, and with each choice of a
		 * select.
		 */
		List<String> getSubmissions() {
			List<String> submissions = new ArrayList<>();
			submissions.add(query(Map.of()));
			for (Field field : this.fields) {
				for (String option : field.options()) {
					submissions.add(query(Map.of(field.name(), option)));
				}
			}
			return submissions;
		}

		private String query(Map<String, String> overrides) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(this.action);
			for (Field field : this.fields) {
				if (field.submitted()) {
					uri.queryParam(field.name(), overrides.getOrDefault(field.name(), field.value()));
				}
			}
			UriComponents built = uri.build().encode();
			return built.toUriString();
		}

		@Override
		public String toString() {
			return this.method + " " + this.action + " (on " + this.page + ") fields "
					+ this.fields.stream().map(Field::name).toList();
		}

	}

	/** A named field of a form and the value the page gives it. */
	record Field(String name, String type, String value, boolean checked, List<String> options) {

		/** Input types a person types into, where attacks go. */
		private static final Set<String> TYPED = Set.of("text", "email", "search", "tel", "url", "password", "number",
				"date", "datetime-local", "month", "week", "time", "textarea", "select", "hidden");

		static Field of(Element element) {
			String tag = element.tagName();
			String type = tag.equals("input") ? element.attr("type").toLowerCase(Locale.ROOT) : tag;
			if (type.isEmpty()) {
				type = "text";
			}
			String value = switch (tag) {
				case "textarea" -> element.text();
				case "select" -> {
					Element selected = element.selectFirst("option[selected]");
					selected = (selected != null) ? selected : element.selectFirst("option");
					yield (selected != null) ? selected.attr("value") : "";
				}
				default -> element.attr("value");
			};
			List<String> options = tag.equals("select")
					? element.select("option").stream().map((option) -> option.attr("value")).toList() : List.of();
			return new Field(element.attr("name"), type, value, element.hasAttr("checked"), options);
		}

		/** The CSRF token Spring Security puts in every form that changes things. */
		boolean isCsrfToken() {
			return this.name.equals("_csrf");
		}

		/** A field whose value a person (or a forger) chooses: attacks go here. */
		boolean attackable() {
			return TYPED.contains(this.type) && !isCsrfToken();
		}

		/**
		 * Whether what was typed should be shown again when the form comes back with an
		 * error.
		 */
		boolean keptOnError() {
			return attackable() && !this.type.equals("password") && !this.type.equals("hidden");
		}

		/** Sent with the form as it stands (unchecked boxes and buttons are not). */
		boolean submitted() {
			return switch (this.type) {
				case "checkbox", "radio" -> this.checked;
				case "submit", "button", "image", "reset", "file" -> false;
				default -> true;
			};
		}

	}

}
