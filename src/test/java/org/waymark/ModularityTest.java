package org.waymark;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package-by-feature structure honest: modules (the packages directly under
 * org.waymark) may use each other's top-level packages only, never another module's
 * internals (sub-packages such as web/, or package-private types), and no two modules may
 * depend on each other in a cycle. Each module says what it owns in its
 * package-info.java.
 */
class ModularityTest {

	/**
	 * Tests may reach across modules (a test of the schema touches every table);
	 * production code may not.
	 */
	private static final DescribedPredicate<JavaClass> TEST_CLASSES = DescribedPredicate.describe("test classes",
			(type) -> type.getSource()
				.map((source) -> source.getUri().toString().contains("/test-classes/"))
				.orElse(false));

	private final ApplicationModules modules = ApplicationModules.of(WaymarkApplication.class, TEST_CLASSES);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void everyModuleSaysWhatItOwns() {
		this.modules.forEach((module) -> {
			String packageName = module.getBasePackage().getName();
			assertThat(getClass().getResource("/" + packageName.replace('.', '/') + "/package-info.class"))
				.as("%s has a package-info.java with a Javadoc sentence", packageName)
				.isNotNull();
		});
	}

}
