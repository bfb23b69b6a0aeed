package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.dashboard.RagItem.StatusDetail;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RagFilterTest {

	@Test
	void noValuesMeanEveryColourAndType() {
		RagFilter filter = RagFilter.parse(null, null);
		assertThat(filter.isFiltered()).isFalse();
		assertThat(filter.admits(item(RagItemType.RISK, RagColour.AMBER))).isTrue();
		assertThat(filter.admits(item(RagItemType.ACTION, RagColour.OVERDUE))).isTrue();
	}

	@Test
	void valuesAreReadWithoutRegardToCaseAndBlankOnesAreIgnored() {
		RagFilter filter = RagFilter.parse(List.of("RED", " overdue ", ""), Arrays.asList("Action", null));
		assertThat(filter.colours()).containsExactlyInAnyOrder(RagColour.RED, RagColour.OVERDUE);
		assertThat(filter.types()).containsExactly(RagItemType.ACTION);
		assertThat(filter.hasColour(RagColour.RED)).isTrue();
		assertThat(filter.hasColour(RagColour.AMBER)).isFalse();
	}

	@Test
	void anItemIsAdmittedWhenAnyOfItsColoursIsChosen() {
		RagFilter overdue = RagFilter.parse(List.of("overdue"), List.of());
		assertThat(overdue.admits(item(RagItemType.ACTION, RagColour.RED, RagColour.OVERDUE))).isTrue();
		assertThat(overdue.admits(item(RagItemType.ACTION, RagColour.RED))).isFalse();
	}

	@Test
	void colourAndTypeMustBothMatch() {
		RagFilter redMeasures = RagFilter.parse(List.of("red"), List.of("measure"));
		assertThat(redMeasures.admits(item(RagItemType.MEASURE, RagColour.RED))).isTrue();
		assertThat(redMeasures.admits(item(RagItemType.ACTION, RagColour.RED))).isFalse();
		assertThat(redMeasures.admits(item(RagItemType.MEASURE, RagColour.DETERIORATED))).isFalse();
	}

	@Test
	void anUnknownColourIsRefusedNamingIt() {
		assertThatThrownBy(() -> RagFilter.parse(List.of("red", "purple"), List.of()))
			.isInstanceOfSatisfying(UnknownRagFilterException.class, (ex) -> {
				assertThat(ex.getParameter()).isEqualTo("colour");
				assertThat(ex.getValue()).isEqualTo("purple");
			});
	}

	@Test
	void anUnknownTypeIsRefusedNamingIt() {
		assertThatThrownBy(() -> RagFilter.parse(List.of(), List.of("budget")))
			.isInstanceOfSatisfying(UnknownRagFilterException.class, (ex) -> {
				assertThat(ex.getParameter()).isEqualTo("type");
				assertThat(ex.getValue()).isEqualTo("budget");
			});
	}

	static RagItem item(RagItemType type, RagColour... colours) {
		return new RagItem(type, 1L, Set.of(colours), "Item", "/somewhere", new StatusDetail(null, false));
	}

}
