package org.waymark.action;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionOwnersTest {

	@Test
	void ownersAreSplitOnSlashesAndTrimmed() {
		assertThat(ActionOwners.split("Strategic Manager CLA and LC/ Service Manager Organisational Development"))
			.containsExactly("Strategic Manager CLA and LC", "Service Manager Organisational Development");
		assertThat(ActionOwners.split("HR Director / DDCS")).containsExactly("HR Director", "DDCS");
		assertThat(ActionOwners.split("Strategic Manager Vulnerable young people/Strategic Manager Partnerships"))
			.containsExactly("Strategic Manager Vulnerable young people", "Strategic Manager Partnerships");
	}

	@Test
	void oneOwnerIsOneEntry() {
		assertThat(ActionOwners.split("  Virtual School Head ")).containsExactly("Virtual School Head");
	}

	@Test
	void blanksAndRepeatsAreDropped() {
		assertThat(ActionOwners.split("OM CLA // OM CLA/ /")).containsExactly("OM CLA");
	}

	@Test
	void noOwnersIsAnEmptyList() {
		assertThat(ActionOwners.split(null)).isEmpty();
		assertThat(ActionOwners.split("   ")).isEmpty();
	}

}
