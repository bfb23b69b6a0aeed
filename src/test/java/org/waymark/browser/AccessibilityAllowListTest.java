package org.waymark.browser;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

/** The allow-list's format, and how it tells which entries are stale. */
class AccessibilityAllowListTest {

	@Test
	void readsRulesWithTheirReasonsSkippingCommentsAndBlankLines() {
		AccessibilityAllowList list = AccessibilityAllowList
			.parse(List.of("# why each is accepted", "", "region = Content outside landmarks on the print view"));
		assertThat(list.entries()).containsExactly(entry("region", "Content outside landmarks on the print view"));
	}

	@Test
	void refusesAnEntryWithoutAReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> AccessibilityAllowList.parse(List.of("region=")))
			.withMessageContaining("line 1: region has no reason");
		assertThatIllegalArgumentException().isThrownBy(() -> AccessibilityAllowList.parse(List.of("region")))
			.withMessageContaining("has no reason");
	}

	@Test
	void refusesARuleListedTwiceOrANameThatIsNoRuleId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccessibilityAllowList.parse(List.of("region=one", "region=two")))
			.withMessageContaining("line 2: region is listed twice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AccessibilityAllowList.parse(List.of("Colour Contrast=because")))
			.withMessageContaining("is not an axe rule id");
	}

	@Test
	void entriesThatAllowedNothingAreStale() {
		AccessibilityAllowList list = AccessibilityAllowList.parse(List.of("region=a reason", "list=another reason"));
		assertThat(list.allows("region")).isTrue();
		assertThat(list.allows("color-contrast")).isFalse();
		assertThat(list.stale()).containsExactly("list");
	}

	@Test
	void theProjectsListIsValid() {
		assertThat(AccessibilityAllowList.load().entries().values())
			.allSatisfy((reason) -> assertThat(reason).isNotBlank());
	}

}
