package org.waymark.dashboard;

import org.waymark.measure.MeasureAmount;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskScore;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing on the RAG view: a programme's status, an action, a measure or a risk, with
 * why it is listed and where to read more.
 *
 * @param type what it is
 * @param programmeId its programme, or null for a plan-wide (corporate) risk
 * @param colours why it is listed; never empty
 * @param title what it is called: the action's description, the measure's name, the
 * risk's title; null for a programme's status
 * @param link the address of its page
 * @param detail what the page says about it beside the title, by type
 */
public record RagItem(RagItemType type, Long programmeId, Set<RagColour> colours, String title, String link,
		Detail detail) {

	/**
	 * A programme's items: by type, then the red before the amber, then the overdue and
	 * the deteriorated; ties keep the order they came in.
	 */
	static final Comparator<RagItem> LISTING_ORDER = Comparator.comparing(RagItem::type)
		.thenComparing(RagItem::severity);

	public RagItem {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(link, "link");
		if (colours.isEmpty()) {
			throw new IllegalArgumentException("An item is on the RAG view for at least one reason");
		}
		colours = Set.copyOf(EnumSet.copyOf(colours));
	}

	/** The colours in a fixed order (red, amber, overdue, deteriorated), for the tags. */
	public List<RagColour> tags() {
		return List.copyOf(EnumSet.copyOf(this.colours));
	}

	public boolean has(RagColour colour) {
		return this.colours.contains(colour);
	}

	private int severity() {
		return EnumSet.copyOf(this.colours).iterator().next().ordinal();
	}

	/** What is said about an item beside its title. */
	public sealed interface Detail permits StatusDetail, ActionDetail, MeasureDetail, RiskDetail {

	}

	/**
	 * @param reason the reason given for the status, or null
	 * @param fromSummary whether the status is the executive summary's (the programme was
	 * exempt from reporting)
	 */
	public record StatusDetail(String reason, boolean fromSummary) implements Detail {
	}

	/**
	 * @param deadline the deadline as written, or the date; null when there is none
	 * @param owners who owns it, as written; may be null
	 */
	public record ActionDetail(int objectiveNumber, String objectiveTitle, String deadline,
			String owners) implements Detail {
	}

	/**
	 * @param current the figure in the quarter's report, or null
	 * @param previous the figure before it, or null
	 * @param target the target figure, or null
	 */
	public record MeasureDetail(MeasureAmount current, MeasureAmount previous, MeasureAmount target) implements Detail {
	}

	/**
	 * @param reference the risk's reference, or null
	 */
	public record RiskDetail(String reference, RiskBand band, RiskScore score) implements Detail {
	}

}
