package org.waymark.admin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * GOV.UK pagination for a list of pages: previous and next links, and the page numbers
 * around the current one with the first and last always shown and gaps as ellipses.
 *
 * @param items the numbered links and ellipses, in order; empty when there is one page
 */
public record AuditPagination(String previous, String next, List<Item> items) {

	/**
	 * @param current the page shown, from 1
	 * @param pages how many pages there are (0 for an empty log)
	 * @param address a page's address
	 */
	static AuditPagination of(int current, int pages, IntFunction<String> address) {
		if (pages <= 1) {
			return new AuditPagination(null, null, List.of());
		}
		List<Item> items = new ArrayList<>();
		int last = 0;
		for (int n = 1; n <= pages; n++) {
			if (n == 1 || n == pages || Math.abs(n - current) <= 1) {
				if (last != 0 && n > last + 1) {
					items.add(Item.ELLIPSIS);
				}
				items.add(new Item(n, address.apply(n), n == current));
				last = n;
			}
		}
		return new AuditPagination((current > 1) ? address.apply(Math.min(current, pages + 1) - 1) : null,
				(current < pages) ? address.apply(current + 1) : null, items);
	}

	public boolean shown() {
		return this.previous != null || this.next != null;
	}

	/** A numbered page link, or an ellipsis (number 0). */
	public record Item(int number, String address, boolean current) {

		static final Item ELLIPSIS = new Item(0, null, false);

		public boolean ellipsis() {
			return this.number == 0;
		}

	}

}
