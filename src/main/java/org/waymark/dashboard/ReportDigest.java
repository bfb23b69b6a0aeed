package org.waymark.dashboard;

import org.waymark.dashboard.ProgrammeDashboard.SectionPoints;
import org.waymark.report.SectionType;
import org.waymark.shared.FormattedText;

import java.util.ArrayList;
import java.util.List;

/**
 * A report section cut down to its first few points for the programme dashboard: each
 * bullet is a point, and so is each paragraph (its lines joined), in order. The full
 * report is a link away.
 */
final class ReportDigest {

	/** The sections the dashboard summarises, in the report's order. */
	static final List<SectionType> SECTIONS = List.of(SectionType.ACHIEVEMENTS, SectionType.SLIPPAGE,
			SectionType.NEXT_PERIOD, SectionType.DECISIONS_REQUIRED);

	/**
	 * A point longer than this is cut at a word: the dashboard gives the gist, the report
	 * the whole.
	 */
	static final int POINT_LENGTH = 300;

	/** Points shown of each section. */
	static final int MAX_POINTS = 3;

	private ReportDigest() {
	}

	static SectionPoints of(SectionType type, boolean nilReturn, String body) {
		if (nilReturn) {
			return new SectionPoints(type, true, List.of(), 0);
		}
		List<String> points = points(body);
		int shown = Math.min(points.size(), MAX_POINTS);
		return new SectionPoints(type, false,
				points.subList(0, shown).stream().map((point) -> Excerpts.shorten(point, POINT_LENGTH)).toList(),
				points.size() - shown);
	}

	static List<String> points(String body) {
		return Excerpts.points(body);
	}

}
