package org.waymark.action.transfer;

import org.junit.jupiter.api.Test;
import org.waymark.action.Brag;

import static org.assertj.core.api.Assertions.assertThat;

class ActionPlanImportCheckTest {

	@Test
	void bragIsReadFromItsWordOrInitialInAnyCase() {
		assertThat(ActionPlanImportCheck.brag("Blue")).isEqualTo(Brag.BLUE);
		assertThat(ActionPlanImportCheck.brag(" amber ")).isEqualTo(Brag.AMBER);
		assertThat(ActionPlanImportCheck.brag("G")).isEqualTo(Brag.GREEN);
		assertThat(ActionPlanImportCheck.brag("r")).isEqualTo(Brag.RED);
		assertThat(ActionPlanImportCheck.brag("Purple")).isNull();
		assertThat(ActionPlanImportCheck.brag("Greenish")).isNull();
	}

	@Test
	void bragIsWrittenAsTheWordTheImportReads() {
		for (Brag brag : Brag.values()) {
			assertThat(ActionPlanImportCheck.brag(ActionPlanImportCheck.bragText(brag))).isEqualTo(brag);
		}
		assertThat(ActionPlanImportCheck.bragText(null)).isEmpty();
	}

	@Test
	void textIsComparedWithoutSurroundingSpaceOrLineEndingDifferences() {
		assertThat(ActionPlanImportCheck.normalised(" a\r\nb\rc \n")).isEqualTo("a\nb\nc");
		assertThat(ActionPlanImportCheck.normalised(null)).isEmpty();
	}

}
