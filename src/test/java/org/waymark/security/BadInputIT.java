package org.waymark.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriTemplate;
import org.springframework.web.util.UriUtils;
import org.waymark.security.SiteCrawler.Crawl;
import org.waymark.security.SiteCrawler.Field;
import org.waymark.security.SiteCrawler.FoundForm;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.waymark.security.SiteCrawler.ORIGIN;
import static org.waymark.security.SiteCrawler.sameOriginAddress;

/**
 * Bad input, from careless to hostile, never breaks a page or gets run in one. The forms
 * attacked are the ones a crawl of the application's own pages finds for each kind of
 * person, so a form added later is attacked the day it appears: script in every field is
 * shown back escaped, over-long input is never a server error, a submit without its CSRF
 * token is refused, and a form that comes back with an error keeps what was typed.
 * Malformed ids and parameters in addresses get the GOV.UK "not found" or "bad request"
 * page, never a 500 or a stack trace.
 * <p>
 * Submitting forms changes the shared test database like a person would (a saved draft
 * keeps the payload, escaped when shown). Forms with nothing to type into (sign out,
 * submit, publish) are only sent without their token, which is refused.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@TestInstance(Lifecycle.PER_CLASS)
class BadInputIT {

	private static final Logger logger = LoggerFactory.getLogger(BadInputIT.class);

	static final List<String> SCRIPT_PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");

	static final String OVER_LONG = "x".repeat(100_000);

	/** A Java exception, stack frame or Boot's whitelabel page, anywhere in a body. */
	private static final Pattern STACK_TRACE = Pattern
		.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\b(java|jakarta|org\\.springframework|org\\.hibernate|"
				+ "org\\.postgresql|org\\.thymeleaf|org\\.waymark)\\.[\\w.$]+|\\b\\w*Exception\\b|Whitelabel");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<Actor, Map<String, FoundForm>> forms = new EnumMap<>(Actor.class);

	private final List<String> crawlErrors = new ArrayList<>();

	@BeforeAll
	void crawlTheApplicationAsEveryone() throws Exception {
		for (Actor actor : Actor.values()) {
			SiteCrawler crawler = new SiteCrawler(this.mvc,
					(actor != Actor.ANONYMOUS) ? user(this.users.loadUserByUsername(actor.username())) : null);
			Crawl crawl = crawler.crawl();
			this.forms.put(actor, crawl.forms());
			crawl.serverErrors().forEach((error) -> this.crawlErrors.add(actor + ": " + error));
			logger.info("{} reaches {} pages with these forms: {}", actor, crawl.pages().size(),
					crawl.forms().values());
		}
	}

	@Test
	void noPageAnyoneCanReachIsAServerError() {
		assertThat(this.crawlErrors).withFailMessage(() -> String.join("\n", this.crawlErrors)).isEmpty();
	}

	@Test
	void theCrawlFindsTheSignInAndSignOutForms() {
		// Guards against a crawl that finds nothing and so attacks nothing.
		assertThat(this.forms.get(Actor.ANONYMOUS).keySet()).anyMatch((key) -> key.startsWith("POST /login "));
		for (Actor actor : Actor.values()) {
			if (actor != Actor.ANONYMOUS) {
				assertThat(this.forms.get(actor).keySet()).as(actor.name())
					.anyMatch((key) -> key.startsWith("POST /logout "));
			}
		}
	}

	@Test
	void scriptTypedIntoAnyFieldOfAnyFormIsShownBackEscaped() throws Exception {
		List<String> problems = new ArrayList<>();
		int attacks = 0;
		for (Actor actor : Actor.values()) {
			for (FoundForm form : this.forms.get(actor).values()) {
				if (form.fields().stream().noneMatch(Field::attackable)) {
					continue;
				}
				for (String payload : SCRIPT_PAYLOADS) {
					Submission submission = submit(actor, form, (field) -> payload, true);
					attacks++;
					problems.addAll(submission.problems(payload));
				}
			}
		}
		assertThat(attacks).as("forms with fields to attack").isPositive();
		assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void overLongInputInAnyFieldOfAnyFormIsNeverAServerError() throws Exception {
		List<String> problems = new ArrayList<>();
		for (Actor actor : Actor.values()) {
			for (FoundForm form : this.forms.get(actor).values()) {
				if (form.fields().stream().anyMatch(Field::attackable)) {
					problems.addAll(submit(actor, form, (field) -> OVER_LONG, true).problems(null));
				}
			}
		}
		assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void anyFormThatChangesThingsIsRefusedWithoutItsCsrfToken() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Actor actor : Actor.values()) {
			for (FoundForm form : this.forms.get(actor).values()) {
				if (form.method().equals("GET")) {
					continue; // GET forms change nothing, and carry no token
				}
				Submission submission = submit(actor, form, Field::value, false);
				checked++;
				if (submission.response().getStatus() != 403) {
					problems.add(actor + ": " + form + " without its CSRF token answered "
							+ submission.response().getStatus());
				}
			}
		}
		assertThat(checked).as("forms that change things").isPositive();
		assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void failedSignInKeepsTheEmailAddressTypedAndSaysWhatToDo() throws Exception {
		FoundForm signIn = this.forms.get(Actor.ANONYMOUS)
			.values()
			.stream()
			.filter((form) -> form.key().startsWith("POST /login "))
			.findFirst()
			.orElseThrow();
		Submission submission = submit(Actor.ANONYMOUS, signIn,
				(field) -> field.name().equals("username") ? "lead@example.org" : "not-the-password", true);
		assertThat(submission.response().getRedirectedUrl()).isEqualTo("/login?error");
		Document page = submission.landingPage();
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select("#username").val()).isEqualTo("lead@example.org");
		assertThat(page.select("#password").val()).isEmpty();
		String message = message("login.error.badCredentials");
		assertThat(page.select(".govuk-error-summary a[href=#username]").text()).isEqualTo(message);
		assertThat(page.select("#username-error").text()).endsWith(message);
		// Shown once: coming back to the page later starts afresh.
		Document again = Jsoup
			.parse(perform(Actor.ANONYMOUS, submission.session(), get("/login")).getContentAsString());
		assertThat(again.select("#username").val()).isEmpty();
	}

	@Test
	void malformedIdsAndParametersGetTheNotFoundOrBadRequestPage() throws Exception {
		List<Attack> attacks = new ArrayList<>(List.of(new Attack("/reports/abc"), new Attack("/reports/-1"),
				new Attack("/reports/99999999999999999999"), new Attack("/reports/1.5"),
				new Attack("/reports/" + SampleValues.UNKNOWN_ID), new Attack("/programmes/abc"),
				new Attack("/programmes/-1"), new Attack("/programmes/99999999999999999999"),
				new Attack("/", "period", "abc"), new Attack("/", "period", "<script>alert(1)</script>"),
				new Attack("/", "period", "-1"), new Attack("/", "period", String.valueOf(SampleValues.UNKNOWN_ID)),
				new Attack("/", "period", "99999999999999999999"), new Attack("/", "plan", "abc"),
				new Attack("/", "plan", "-1"), new Attack("/", "plan", String.valueOf(SampleValues.UNKNOWN_ID)),
				new Attack("/plans/1/quarters/" + SampleValues.UNKNOWN_ID), new Attack("/plans/abc/quarters/1"),
				new Attack("/plans/1/quarters/99999999999999999999"), new Attack("/reports/1;jsessionid=x"),
				new Attack("/reports/%2e%2e/login"), new Attack("/reports/%252e"), new Attack("/no-such-page")));
		attacks.addAll(attacksOnEveryTypedParameter());
		List<String> problems = new ArrayList<>();
		StringBuilder answers = new StringBuilder();
		for (Actor actor : List.of(Actor.ADMIN, Actor.SCRUTINY)) {
			for (Attack attack : attacks) {
				MockHttpSession session = new MockHttpSession();
				MockHttpServletRequestBuilder request = SiteCrawler.get(attack.path());
				if (attack.param() != null) {
					request.param(attack.param(), attack.value());
				}
				MockHttpServletResponse response = perform(actor, session, request);
				String where = actor + " " + attack;
				int status = response.getStatus();
				answers.append(String.format("%n  %-9s %d  %s", actor, status, attack));
				if (!attack.typed() && status < 500) {
					problems.addAll(bodyProblems(where, response.getContentAsString(), attack.value()));
				}
				else if (status != 400 && status != 404) {
					problems.add(where + " answered " + status + ", not 400 or 404");
				}
				else {
					problems.addAll(errorPageProblems(where, actor, session, attack.path(), response));
				}
			}
		}
		logger.info("Malformed addresses and what they answered:{}", answers);
		assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void aPeriodOfAnotherPlanShowsThatPlanNotTheActiveOne() throws Exception {
		this.jdbc.update("""
				insert into plan (title, short_name, first_year, last_year, status)
				values ('Security test plan 2013-2016', 'SEC 2013-16', 2013, 2015, 'CLOSED')
				on conflict (short_name) do nothing""");
		long planId = this.jdbc.queryForObject("select id from plan where short_name = 'SEC 2013-16'", Long.class);
		this.jdbc.update("""
				insert into reporting_period (plan_id, financial_year, quarter, state)
				values (?, 2015, 'Q4', 'CLOSED') on conflict (plan_id, financial_year, quarter) do nothing""", planId);
		long periodId = this.jdbc.queryForObject("select id from reporting_period where plan_id = ?", Long.class,
				planId);
		MockHttpServletResponse response = perform(Actor.SCRUTINY, new MockHttpSession(),
				get("/").param("period", String.valueOf(periodId)));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("h1").text())
			.isEqualTo("Security test plan 2013-2016");
		// The quarter view answers for a plan's own quarters only.
		long demoPlanId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		assertThat(perform(Actor.SCRUTINY, new MockHttpSession(), get("/plans/" + demoPlanId + "/quarters/" + periodId))
			.getStatus()).isEqualTo(404);
		assertThat(perform(Actor.SCRUTINY, new MockHttpSession(), get("/plans/" + planId + "/quarters/" + periodId))
			.getStatus()).isEqualTo(200);
	}

	/**
	 * Every path variable and request parameter of every GET route, given values its type
	 * cannot take: found from the request-mapping registry, so new routes are covered.
	 */
	private List<Attack> attacksOnEveryTypedParameter() {
		List<Attack> attacks = new ArrayList<>();
		DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
		MappedRoutes.of(this.context).forEach((route, handler) -> {
			if (!route.method().equals("GET") || route.pattern().equals("/error")) {
				return;
			}
			List<String> variables = new UriTemplate(route.pattern()).getVariableNames();
			for (MethodParameter parameter : parameters(handler)) {
				parameter.initParameterNameDiscovery(names);
				PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (pathVariable == null && requestParam == null) {
					continue;
				}
				String name = (pathVariable != null) ? firstOf(pathVariable.name(), pathVariable.value())
						: firstOf(requestParam.name(), requestParam.value());
				name = name.isEmpty() ? parameter.getParameterName() : name;
				for (String value : malformedValues(parameter.getNestedParameterType())) {
					Map<String, String> path = new LinkedHashMap<>();
					variables.forEach((variable) -> path.put(variable, "1"));
					if (pathVariable != null) {
						path.put(name, UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
					}
					String address = expand(route.pattern(), path);
					boolean typed = !parameter.getNestedParameterType().equals(String.class);
					attacks.add((pathVariable != null) ? new Attack(address, null, value, typed)
							: new Attack(address, name, value, typed));
				}
			}
		});
		return attacks;
	}

	/** An annotation's name, whichever of its aliased attributes was used. */
	private static String firstOf(String name, String value) {
		return name.isEmpty() ? value : name;
	}

	private static List<MethodParameter> parameters(HandlerMethod handler) {
		List<MethodParameter> parameters = new ArrayList<>();
		for (int i = 0; i < handler.getMethod().getParameterCount(); i++) {
			parameters.add(new MethodParameter(handler.getMethod(), i));
		}
		return parameters;
	}

	private static String expand(String pattern, Map<String, String> encodedValues) {
		String address = pattern;
		for (Map.Entry<String, String> entry : encodedValues.entrySet()) {
			address = address.replaceFirst("\\{" + Pattern.quote(entry.getKey()) + "(:[^}]*)?}",
					Matcher.quoteReplacement(entry.getValue()));
		}
		return address;
	}

	/** Values the type cannot take (or, for text, script), by the parameter's type. */
	private static List<String> malformedValues(Class<?> type) {
		Class<?> boxed = (type.isPrimitive()) ? primitiveWrapper(type) : type;
		if (boxed == Long.class || boxed == Integer.class || boxed == Short.class || boxed == Byte.class) {
			return List.of("abc", "1.5", "99999999999999999999", "-1", "9".repeat(10_000));
		}
		if (Number.class.isAssignableFrom(boxed)) {
			return List.of("abc", "1e99999");
		}
		if (boxed.isEnum()) {
			return List.of("NOT_A_VALUE", "<script>alert(1)</script>",
					boxed.getEnumConstants()[0].toString().toLowerCase(Locale.ROOT) + "x");
		}
		if (Temporal.class.isAssignableFrom(boxed)) {
			return List.of("2017-02-30", "not-a-date");
		}
		if (boxed == Boolean.class) {
			return List.of("maybe");
		}
		return List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
	}

	private static Class<?> primitiveWrapper(Class<?> primitive) {
		return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
	}

	/**
	 * Fetches the form's page afresh in a new session, so that the form carries a token
	 * the session accepts, fills it in and sends it; follows a redirect to where it
	 * leads.
	 */
	private Submission submit(Actor actor, FoundForm found, Function<Field, String> valueOf, boolean withCsrfToken)
			throws Exception {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse page = perform(actor, session, SiteCrawler.get(found.page()));
		FoundForm form = Jsoup.parse(page.getContentAsString(), ORIGIN + found.page())
			.select("form")
			.stream()
			.map((element) -> FoundForm.of(found.page(), element))
			.filter((candidate) -> candidate.key().equals(found.key()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(found + " is no longer on its page"));
		URI action = URI.create(ORIGIN + form.action());
		AbstractMockHttpServletRequestBuilder<?> request;
		if (form.multipart()) {
			request = multipart(HttpMethod.valueOf(form.method()), action);
		}
		else {
			request = request(HttpMethod.valueOf(form.method()), action);
		}
		Map<String, String> sent = new LinkedHashMap<>();
		for (Field field : form.fields()) {
			if (field.type().equals("file") && request instanceof MockMultipartHttpServletRequestBuilder upload) {
				upload.file(new MockMultipartFile(field.name(), SCRIPT_PAYLOADS.get(1) + ".txt", "text/plain",
						"bad input".getBytes(StandardCharsets.UTF_8)));
			}
			if (!field.submitted() || (field.isCsrfToken() && !withCsrfToken)) {
				continue;
			}
			String value = field.attackable() ? valueOf.apply(field) : field.value();
			request.param(field.name(), value);
			sent.put(field.name(), value);
		}
		MockHttpServletResponse response = perform(actor, session, request);
		MockHttpServletResponse landing = response;
		String location = response.getRedirectedUrl();
		if (response.getStatus() / 100 == 3 && location != null && !session.isInvalid()) {
			String address = sameOriginAddress(form.action(), location);
			if (address != null) {
				landing = perform(actor, session, SiteCrawler.get(address));
			}
		}
		return new Submission(actor, form, sent, session, response, landing);
	}

	private MockHttpServletResponse perform(Actor actor, MockHttpSession session,
			AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.session(session).accept(MediaType.TEXT_HTML);
		if (actor != Actor.ANONYMOUS) {
			request.with(user(this.users.loadUserByUsername(actor.username())));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * The GOV.UK error page for the status, checked on the response's own body or, when
	 * it has none (MockMvc does not make the servlet container's error dispatch), on the
	 * page Boot's error controller renders for it.
	 */
	private List<String> errorPageProblems(String where, Actor actor, MockHttpSession session, String path,
			MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString();
		if (body.isEmpty()) {
			MockHttpServletRequestBuilder dispatch = get("/error")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
				.with((request) -> {
					request.setDispatcherType(DispatcherType.ERROR);
					return request;
				});
			if (response.getErrorMessage() != null) {
				dispatch.requestAttr(RequestDispatcher.ERROR_MESSAGE, response.getErrorMessage());
			}
			body = perform(actor, session, dispatch).getContentAsString();
		}
		List<String> problems = new ArrayList<>(bodyProblems(where, body, null));
		Document page = Jsoup.parse(body);
		String expected = message(switch (response.getStatus()) {
			case 400 -> "error.badRequest.title";
			case 403 -> "error.forbidden.title";
			case 404 -> "error.notFound.title";
			default -> "error.generic.title";
		});
		if (page.selectFirst("html.govuk-template") == null || !page.select("h1").text().equals(expected)) {
			problems.add(where + " (" + response.getStatus() + ") is not the GOV.UK page headed '" + expected
					+ "' but: " + abbreviate(page.select("h1").text() + " " + page.text()));
		}
		return problems;
	}

	/** Script that would run, or internals that would show, in a page. */
	private static List<String> bodyProblems(String where, String body, String payload) {
		List<String> problems = new ArrayList<>();
		if (payload != null && payload.contains("<") && body.contains(payload)) {
			problems.add(where + " shows the script unescaped");
		}
		var trace = STACK_TRACE.matcher(body);
		if (trace.find()) {
			problems.add(where + " shows internals: '" + trace.group() + "'");
		}
		Document page = Jsoup.parse(body);
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
					problems.add(where + " has an event handler attribute: " + abbreviate(element.outerHtml()));
				}
			}
		}
		for (Element script : page.select("script")) {
			if (!script.hasAttr("src") || !script.data().isBlank()) {
				problems.add(where + " has an inline script: " + abbreviate(script.outerHtml()));
			}
		}
		return problems;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, Locale.UK);
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	/**
	 * A GET of a malformed address; {@code typed} when the value is not text to its
	 * route.
	 */
	record Attack(String path, String param, String value, boolean typed) {

		Attack(String path) {
			this(path, null, null, true);
		}

		Attack(String path, String param, String value) {
			this(path, param, value, true);
		}

		@Override
		public String toString() {
			String request = "GET " + this.path + ((this.param != null) ? "?" + this.param + "=" + this.value : "");
			return (request.length() > 80) ? request.substring(0, 80) + "…" : request;
		}

	}

	/** A form sent, what the server answered, and the page it led to. */
	private record Submission(Actor actor, FoundForm form, Map<String, String> sent, MockHttpSession session,
			MockHttpServletResponse response, MockHttpServletResponse landing) {

		Document landingPage() throws Exception {
			return Jsoup.parse(this.landing.getContentAsString(), ORIGIN);
		}

		/** What went wrong: a server error, script shown unescaped, or typing lost. */
		List<String> problems(String payload) throws Exception {
			String where = this.actor + ": " + this.form + " with "
					+ ((payload != null) ? payload : "100,000 characters") + " in every field";
			List<String> problems = new ArrayList<>();
			for (MockHttpServletResponse answer : (this.landing != this.response) ? List.of(this.response, this.landing)
					: List.of(this.response)) {
				if (answer.getStatus() >= 500) {
					problems.add(where + " answered " + answer.getStatus());
				}
				problems.addAll(bodyProblems(where, answer.getContentAsString(), payload));
			}
			Document page = landingPage();
			if (!page.select(".govuk-error-summary").isEmpty()) {
				for (Field field : this.form.fields()) {
					// A drop-down can only send one of its options, so only an option
					// sent can be kept; anything else is a forgery nobody typed.
					boolean choosable = !field.type().equals("select")
							|| field.options().contains(this.sent.get(field.name()));
					if (field.keptOnError() && this.sent.containsKey(field.name()) && choosable) {
						Element shown = page.selectFirst("[name=" + field.name() + "]");
						String value = (shown == null) ? null : shown.tagName().equals("textarea") ? shown.wholeText()
								: shown.tagName().equals("select") ? selected(shown) : shown.val();
						if (shown != null && !this.sent.get(field.name()).equals(value)) {
							problems.add(where + ": the form came back with an error without what was typed in '"
									+ field.name() + "'");
						}
					}
				}
			}
			return problems;
		}

		/**
		 * The option a drop-down shows chosen: the one marked selected, else the first.
		 */
		private static String selected(Element select) {
			Element option = select.selectFirst("option[selected]");
			option = (option != null) ? option : select.selectFirst("option");
			return (option != null) ? option.attr("value") : "";
		}

	}

}
