package org.waymark.risk.web;

import org.waymark.risk.RiskScore;

import java.util.List;
import java.util.stream.IntStream;

/** A likelihood or impact rating as chosen on a form: "1" to "5". */
final class Rating {

	/** The ratings a form offers, lowest first. */
	static final List<Integer> CHOICES = IntStream.rangeClosed(RiskScore.MIN_RATING, RiskScore.MAX_RATING)
		.boxed()
		.toList();

	private Rating() {
	}

	/** The rating chosen, or null for none or for anything but 1 to 5. */
	static Integer of(String chosen) {
		if (chosen == null || !chosen.strip().matches("\\d")) {
			return null;
		}
		int rating = Integer.parseInt(chosen.strip());
		return (rating >= RiskScore.MIN_RATING && rating <= RiskScore.MAX_RATING) ? rating : null;
	}

	static boolean isBlank(String chosen) {
		return chosen == null || chosen.isBlank();
	}

}
