package org.waymark.report;

import org.waymark.plan.ReportingPeriod;

import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The date an executive summary reports progress as at, worded as the papers word it: the
 * end of the quarter's last month ("end December 2017").
 */
final class ProgressAsAt {

	private ProgressAsAt() {
	}

	static String of(ReportingPeriod period) {
		var last = period.quarter().lastDay();
		return "end " + last.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + last.getYear();
	}

}
