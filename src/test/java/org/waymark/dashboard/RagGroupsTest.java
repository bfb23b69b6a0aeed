package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.dashboard.RagItem.StatusDetail;
import org.waymark.dashboard.RagView.Counts;
import org.waymark.dashboard.RagView.Group;
import org.waymark.dashboard.RagView.ProgrammeRef;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RagGroupsTest {

	private static final List<ProgrammeRef> PROGRAMMES = List.of(new ProgrammeRef(10, 1, "One"),
			new ProgrammeRef(20, 2, "Two"), new ProgrammeRef(30, 3, "Three"));

	@Test
	void itemsAreGroupedInProgrammeOrderWithPlanWideRisksLastAndEmptyProgrammesLeftOut() {
		List<Group> groups = RagGroups.group(PROGRAMMES,
				List.of(item(null, RagItemType.RISK, "corporate", RagColour.RED),
						item(30L, RagItemType.ACTION, "three", RagColour.AMBER),
						item(10L, RagItemType.MEASURE, "one", RagColour.RED)),
				RagFilter.none());
		assertThat(groups).extracting((group) -> group.planWide() ? "plan-wide" : group.programme().title())
			.containsExactly("One", "Three", "plan-wide");
	}

	@Test
	void aProgrammesItemsAreListedByTypeThenRedBeforeAmberBeforeOverdueAndDeteriorated() {
		List<Group> groups = RagGroups.group(PROGRAMMES,
				List.of(item(10L, RagItemType.RISK, "risk", RagColour.AMBER),
						item(10L, RagItemType.ACTION, "overdue action", RagColour.OVERDUE),
						item(10L, RagItemType.ACTION, "amber action", RagColour.AMBER),
						item(10L, RagItemType.MEASURE, "worse measure", RagColour.DETERIORATED),
						item(10L, RagItemType.ACTION, "red action", RagColour.RED, RagColour.OVERDUE),
						item(10L, RagItemType.STATUS, "status", RagColour.AMBER)),
				RagFilter.none());
		assertThat(groups.get(0).items()).extracting(RagItem::title)
			.containsExactly("status", "red action", "amber action", "overdue action", "worse measure", "risk");
	}

	@Test
	void countsAreOfTheItemsListedAndAnItemCountsUnderEachOfItsColours() {
		List<Group> groups = RagGroups.group(PROGRAMMES,
				List.of(item(20L, RagItemType.ACTION, "red and overdue", RagColour.RED, RagColour.OVERDUE),
						item(20L, RagItemType.MEASURE, "amber and worse", RagColour.AMBER, RagColour.DETERIORATED),
						item(20L, RagItemType.RISK, "red risk", RagColour.RED)),
				RagFilter.none());
		assertThat(groups.get(0).counts()).isEqualTo(new Counts(2, 1, 1, 1));
	}

	@Test
	void theFilterDecidesWhatIsListedAndCounted() {
		List<Group> groups = RagGroups.group(PROGRAMMES,
				List.of(item(10L, RagItemType.ACTION, "red action", RagColour.RED),
						item(10L, RagItemType.RISK, "red risk", RagColour.RED),
						item(20L, RagItemType.RISK, "amber risk", RagColour.AMBER)),
				RagFilter.parse(List.of("red"), List.of("action", "status")));
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).items()).extracting(RagItem::title).containsExactly("red action");
		assertThat(groups.get(0).counts()).isEqualTo(new Counts(1, 0, 0, 0));
	}

	@Test
	void nothingToListMakesNoGroups() {
		assertThat(RagGroups.group(PROGRAMMES, List.of(), RagFilter.none())).isEmpty();
	}

	@Test
	void anItemOfAProgrammeOutsideThePlanIsABug() {
		assertThatThrownBy(() -> RagGroups.group(PROGRAMMES,
				List.of(item(99L, RagItemType.ACTION, "stray", RagColour.RED)), RagFilter.none()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static RagItem item(Long programmeId, RagItemType type, String title, RagColour... colours) {
		return new RagItem(type, programmeId, Set.of(colours), title, "/x", new StatusDetail(null, false));
	}

}
