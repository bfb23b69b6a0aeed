package org.waymark.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open risks that need attention on a day, grouped by {@link AttentionReason} in the
 * reasons' order; a risk with several reasons is listed under each. The rules are
 * {@link RiskSummary#attentionReasons}; this only groups and orders. Pure.
 */
public final class RiskAttentionList {

	private final List<Group> groups;

	private final int riskCount;

	private RiskAttentionList(List<Group> groups, int riskCount) {
		this.groups = groups;
		this.riskCount = riskCount;
	}

	/**
	 * The risks the filter shows that need attention today, in the order given within
	 * each reason, except that overdue reviews come most overdue first.
	 */
	public static RiskAttentionList of(List<RiskSummary> risks, RiskFilter filter, LocalDate today) {
		RiskFilter open = filter.withStatus(RiskFilter.Status.OPEN);
		Map<AttentionReason, List<Item>> byReason = new EnumMap<>(AttentionReason.class);
		for (AttentionReason reason : AttentionReason.values()) {
			byReason.put(reason, new ArrayList<>());
		}
		Set<Long> listed = new LinkedHashSet<>();
		for (RiskSummary risk : risks) {
			if (!open.includes(risk)) {
				continue;
			}
			for (AttentionReason reason : risk.attentionReasons(today)) {
				byReason.get(reason).add(Item.of(risk, today));
				listed.add(risk.id());
			}
		}
		byReason.get(AttentionReason.REVIEW_OVERDUE).sort((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()));
		List<Group> groups = new ArrayList<>();
		byReason.forEach((reason, items) -> groups.add(new Group(reason, List.copyOf(items))));
		return new RiskAttentionList(List.copyOf(groups), listed.size());
	}

	/** A group for every reason, empty ones included, in the reasons' order. */
	public List<Group> groups() {
		return this.groups;
	}

	public Group group(AttentionReason reason) {
		return this.groups.stream().filter((group) -> group.reason() == reason).findFirst().orElseThrow();
	}

	/** Risks needing attention for any reason, each counted once. */
	public int riskCount() {
		return this.riskCount;
	}

	public boolean isEmpty() {
		return this.riskCount == 0;
	}

	/** The risks with one reason. */
	public record Group(AttentionReason reason, List<Item> items) {

		public String headingKey() {
			return "attention.heading." + this.reason.name();
		}

	}

	/**
	 * A risk in a group, with what the reasons quote: its review date and how many days
	 * ago it passed, its score and the score before.
	 *
	 * @param programmeId null for a corporate or plan-wide risk
	 * @param programmeNumber null for a corporate or plan-wide risk
	 * @param daysOverdue days since the review date, 0 when it has not passed or there is
	 * none
	 */
	public record Item(long riskId, String reference, String title, Long programmeId, Integer programmeNumber,
			String programmeTitle, RiskScore score, RiskBand band, RiskScore previousScore, LocalDate reviewDate,
			long daysOverdue, int mitigationCount) {

		static Item of(RiskSummary risk, LocalDate today) {
			LocalDate review = risk.reviewDate();
			long overdue = (review != null && review.isBefore(today)) ? ChronoUnit.DAYS.between(review, today) : 0;
			return new Item(risk.id(), risk.reference(), risk.title(), risk.programmeId(), risk.programmeNumber(),
					risk.programmeTitle(), risk.score(), risk.band(), risk.previousScore(), review, overdue,
					risk.mitigationCount());
		}

	}

}
