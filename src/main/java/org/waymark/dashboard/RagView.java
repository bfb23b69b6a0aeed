package org.waymark.dashboard;

import org.waymark.dashboard.PlanDashboard.Period;

import java.util.List;

/**
 * The RAG view of a plan for one quarter: everything red, amber, overdue or deteriorated,
 * grouped by programme.
 *
 * @param selected the quarter shown, or null when the plan has no reporting periods
 * @param filter the colours and types asked for
 * @param groups the programmes with anything to list, in order, plan-wide risks last
 * @param risksToday the date the risks are shown as at ("as they stand today")
 */
public record RagView(long planId, String planTitle, Period selected, List<Period> periods, RagFilter filter,
		List<Group> groups, String risksToday) {

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	public int itemCount() {
		return this.groups.stream().mapToInt((group) -> group.items().size()).sum();
	}

	/** A programme the items may belong to. */
	public record ProgrammeRef(long id, int number, String title) {
	}

	/**
	 * One programme's items, or the plan-wide risks' (with a null programme), and how
	 * many have each colour.
	 */
	public record Group(ProgrammeRef programme, List<RagItem> items, Counts counts) {

		public boolean planWide() {
			return this.programme == null;
		}

	}

	/** How many of a group's items have each colour; an item may count under two. */
	public record Counts(long red, long amber, long overdue, long deteriorated) {

		static Counts of(List<RagItem> items) {
			return new Counts(count(items, RagColour.RED), count(items, RagColour.AMBER),
					count(items, RagColour.OVERDUE), count(items, RagColour.DETERIORATED));
		}

		private static long count(List<RagItem> items, RagColour colour) {
			return items.stream().filter((item) -> item.has(colour)).count();
		}

	}

}
