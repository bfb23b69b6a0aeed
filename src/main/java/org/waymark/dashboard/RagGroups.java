package org.waymark.dashboard;

import org.waymark.dashboard.RagView.Counts;
import org.waymark.dashboard.RagView.Group;
import org.waymark.dashboard.RagView.ProgrammeRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts the RAG view's items into one group per programme, in programme order, with the
 * plan-wide risks last; only the items the filter admits, and only groups left with any.
 */
final class RagGroups {

	private RagGroups() {
	}

	/**
	 * @param programmes the plan's programmes in the order to show them
	 * @param items every item, in any order
	 * @param filter which items to keep
	 */
	static List<Group> group(List<ProgrammeRef> programmes, List<RagItem> items, RagFilter filter) {
		Map<Long, List<RagItem>> byProgramme = new LinkedHashMap<>();
		for (RagItem item : items) {
			if (filter.admits(item)) {
				byProgramme.computeIfAbsent(item.programmeId(), (id) -> new ArrayList<>()).add(item);
			}
		}
		List<Group> groups = new ArrayList<>();
		for (ProgrammeRef programme : programmes) {
			List<RagItem> own = byProgramme.remove(programme.id());
			if (own != null) {
				groups.add(group(programme, own));
			}
		}
		List<RagItem> planWide = byProgramme.remove(null);
		if (planWide != null) {
			groups.add(group(null, planWide));
		}
		// Anything left belongs to no programme the page knows: a programme of another
		// plan would be a bug in the caller, not something to show.
		if (!byProgramme.isEmpty()) {
			throw new IllegalArgumentException("Items of programmes not in the plan: " + byProgramme.keySet());
		}
		return List.copyOf(groups);
	}

	private static Group group(ProgrammeRef programme, List<RagItem> items) {
		List<RagItem> sorted = items.stream().sorted(RagItem.LISTING_ORDER).toList();
		return new Group(programme, sorted, Counts.of(sorted));
	}

}
