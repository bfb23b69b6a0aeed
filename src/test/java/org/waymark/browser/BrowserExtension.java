package org.waymark.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a test class one {@link Browser}, started before its first test and quit after
 * its last, and passed to test methods that ask for it as a parameter. Before starting it
 * applies the rule of {@link BrowserSupport#availability()}: without Chromium the class
 * is skipped with a message, or fails when {@code CI=true}. The check runs before the
 * Spring context loads, so a skipped class costs nothing.
 */
public final class BrowserExtension
		implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	/** Skips the class, saying why, when there is no browser and this is not CI. */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		BrowserSupport.Availability availability = BrowserSupport.availability();
		if (availability.decision() == BrowserSupport.Decision.SKIP) {
			if (context.getTestMethod().isEmpty()) {
				System.err.println("SKIPPED " + context.getDisplayName() + ": " + availability.message());
			}
			return ConditionEvaluationResult.disabled(availability.message());
		}
		return ConditionEvaluationResult.enabled(availability.message());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		BrowserSupport.Availability availability = BrowserSupport.availability();
		if (availability.decision() == BrowserSupport.Decision.FAIL) {
			Assertions.fail(availability.message());
		}
		context.getStore(NAMESPACE).put(Browser.class, Browser.start());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser.baseUrl() == null) {
			String port = SpringExtension.getApplicationContext(context)
				.getEnvironment()
				.getRequiredProperty("local.server.port");
			browser.baseUrl("http://localhost:" + port);
		}
		return browser;
	}

}
