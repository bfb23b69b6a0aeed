package org.waymark.admin.web;

import org.junit.jupiter.api.Test;
import org.waymark.admin.web.AuditPagination.Item;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditPaginationTest {

	@Test
	void oneOrNoPagesNeedNoPagination() {
		assertThat(AuditPagination.of(1, 1, (n) -> "/p" + n).shown()).isFalse();
		assertThat(AuditPagination.of(1, 0, (n) -> "/p" + n).items()).isEmpty();
	}

	@Test
	void theFirstPageLinksOnlyForward() {
		AuditPagination pagination = AuditPagination.of(1, 3, (n) -> "/p" + n);

		assertThat(pagination.previous()).isNull();
		assertThat(pagination.next()).isEqualTo("/p2");
		assertThat(labels(pagination.items())).containsExactly("[1]", "2", "3");
	}

	@Test
	void aPageInTheMiddleShowsItsNeighboursTheEndsAndEllipsesForTheGaps() {
		AuditPagination pagination = AuditPagination.of(6, 12, (n) -> "/p" + n);

		assertThat(pagination.previous()).isEqualTo("/p5");
		assertThat(pagination.next()).isEqualTo("/p7");
		assertThat(labels(pagination.items())).containsExactly("1", "…", "5", "[6]", "7", "…", "12");
	}

	@Test
	void noEllipsisStandsForASinglePageThatCanBeShown() {
		assertThat(labels(AuditPagination.of(3, 5, (n) -> "/p" + n).items())).containsExactly("1", "2", "[3]", "4",
				"5");
	}

	@Test
	void aPagePastTheEndLinksBackToTheLastPage() {
		AuditPagination pagination = AuditPagination.of(9, 3, (n) -> "/p" + n);

		assertThat(pagination.previous()).isEqualTo("/p3");
		assertThat(pagination.next()).isNull();
	}

	private static List<String> labels(List<Item> items) {
		return items.stream()
			.map((item) -> item.ellipsis() ? "…"
					: item.current() ? "[" + item.number() + "]" : String.valueOf(item.number()))
			.toList();
	}

}
