package org.waymark.report;

import org.waymark.report.HighlightReportView.Header;
import org.waymark.shared.FormattedText;

import java.util.List;
import java.util.Optional;

/**
 * A highlight report as its task list shows it to the person writing it: each part of the
 * report and how far it has got, the computed trend, and what the lead said last quarter
 * they would do in this one.
 *
 * @param version the report's version, sent back with "submit" so that nobody submits
 * what they have not seen
 * @param status the overall status so far, or null
 * @param trend the computed trend, when there is a status
 * @param promised last quarter's "actions and outputs for the next period"
 * @param promisedQuarter the quarter those were written in, or null
 * @param correction whether this is a correction of a published report (published by the
 * admin, not submitted)
 */
public record ReportTasks(Header header, long version, Rag status, Optional<StatusTrend> trend, Task statusTask,
		List<Task> sectionTasks, Task measures, Task actions, Task caseStudies, FormattedText promised,
		String promisedQuarter, boolean correction) {

	/**
	 * Sections 3 to 7 (sections 1 and 2 have their own place in the list).
	 */
	public List<Task> numberedSectionTasks() {
		return this.sectionTasks.subList(2, this.sectionTasks.size());
	}

	public Task achievements() {
		return this.sectionTasks.get(0);
	}

	public Task slippage() {
		return this.sectionTasks.get(1);
	}

	/** Whether every part is done, or not needed. */
	public boolean readyToSubmit() {
		return this.statusTask.status().settled() && this.sectionTasks.stream().allMatch((t) -> t.status().settled())
				&& this.measures.status().settled();
	}

	/**
	 * One task: the page it is done on (relative to the report's edit address), its name
	 * and its status; {@code done} of {@code total} for those made of several items.
	 */
	public record Task(String path, String nameKey, TaskStatus status, int done, int total) {

		public Task(String path, String nameKey, TaskStatus status) {
			this(path, nameKey, status, 0, 0);
		}

	}

}
