package org.waymark.report.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.waymark.report.ExecutiveSummary;
import org.waymark.report.ExecutiveSummaryItem;
import org.waymark.report.ExecutiveSummaryStatus;
import org.waymark.report.Rag;
import org.waymark.report.SummaryEdit;
import org.waymark.report.SummarySection;

import java.util.ArrayList;
import java.util.List;

/**
 * The executive summary's edit form as typed: the narrative, each status row's reason
 * (and status, for a programme without a report), each point's wording and whether it is
 * left out, and a point to add. It carries the version of the draft it was opened on.
 */
public class SummaryForm {

	private long version;

	@Size(max = 100)
	private String progressAsAt;

	@Size(max = 50_000)
	private String overall;

	@Valid
	private List<RowForm> rows = new ArrayList<>();

	@Valid
	private List<ItemForm> items = new ArrayList<>();

	private SummarySection newSection;

	private Long newProgramme;

	@Size(max = 5_000)
	private String newText;

	/** The form filled with the draft as it is saved. */
	static SummaryForm of(ExecutiveSummary summary, List<ExecutiveSummaryItem> items) {
		SummaryForm form = new SummaryForm();
		form.version = summary.getVersion();
		form.progressAsAt = summary.getProgressAsAt();
		form.overall = summary.getOverall();
		for (ExecutiveSummaryStatus row : summary.getStatusRows()) {
			RowForm rowForm = new RowForm();
			rowForm.setId(row.getId());
			rowForm.setStatus(row.getStatus());
			rowForm.setReason(row.getReason());
			form.rows.add(rowForm);
		}
		for (ExecutiveSummaryItem item : items) {
			ItemForm itemForm = new ItemForm();
			itemForm.setId(item.getId());
			itemForm.setText(item.getText());
			itemForm.setLeaveOut(!item.isIncluded());
			form.items.add(itemForm);
		}
		return form;
	}

	/** A point to add needs the section it goes in. */
	void validate(Errors errors) {
		boolean adding = this.newText != null && !this.newText.isBlank();
		if (adding && this.newSection == null && !errors.hasFieldErrors("newSection")) {
			errors.rejectValue("newSection", "summary.newItem.sectionRequired");
		}
	}

	SummaryEdit toEdit() {
		boolean adding = this.newText != null && !this.newText.isBlank() && this.newSection != null;
		return new SummaryEdit(this.progressAsAt, this.overall,
				this.rows.stream()
					.filter((row) -> row != null)
					.map((row) -> new SummaryEdit.RowEdit(row.getId(), row.getStatus(), row.getReason()))
					.toList(),
				this.items.stream()
					.filter((item) -> item != null)
					.map((item) -> new SummaryEdit.ItemEdit(item.getId(), item.getText(), item.isLeaveOut()))
					.toList(),
				adding ? new SummaryEdit.NewItem(this.newSection, null, this.newText) : null);
	}

	/** The programme a point added is attributed to, if one is chosen. */
	Long newItemProgramme() {
		boolean adding = this.newText != null && !this.newText.isBlank() && this.newSection != null;
		return adding ? this.newProgramme : null;
	}

	/** The row of the form for a status row, by id; {@code null} if the form has none. */
	public RowForm row(Long id) {
		return this.rows.stream().filter((row) -> row != null && id.equals(row.getId())).findFirst().orElse(null);
	}

	/** The index of a status row in the form, by id; -1 if the form has none. */
	public int rowIndex(Long id) {
		for (int i = 0; i < this.rows.size(); i++) {
			if (this.rows.get(i) != null && id.equals(this.rows.get(i).getId())) {
				return i;
			}
		}
		return -1;
	}

	/** The index of a point in the form, by id; -1 if the form has none. */
	public int itemIndex(Long id) {
		for (int i = 0; i < this.items.size(); i++) {
			if (this.items.get(i) != null && id.equals(this.items.get(i).getId())) {
				return i;
			}
		}
		return -1;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getProgressAsAt() {
		return this.progressAsAt;
	}

	public void setProgressAsAt(String progressAsAt) {
		this.progressAsAt = progressAsAt;
	}

	public String getOverall() {
		return this.overall;
	}

	public void setOverall(String overall) {
		this.overall = overall;
	}

	public List<RowForm> getRows() {
		return this.rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = (rows != null) ? rows : new ArrayList<>();
	}

	public List<ItemForm> getItems() {
		return this.items;
	}

	public void setItems(List<ItemForm> items) {
		this.items = (items != null) ? items : new ArrayList<>();
	}

	public SummarySection getNewSection() {
		return this.newSection;
	}

	public void setNewSection(SummarySection newSection) {
		this.newSection = newSection;
	}

	public Long getNewProgramme() {
		return this.newProgramme;
	}

	public void setNewProgramme(Long newProgramme) {
		this.newProgramme = newProgramme;
	}

	public String getNewText() {
		return this.newText;
	}

	public void setNewText(String newText) {
		this.newText = newText;
	}

	/** A status row as typed. */
	public static class RowForm {

		private Long id;

		private Rag status;

		@Size(max = 20_000)
		private String reason;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public Rag getStatus() {
			return this.status;
		}

		public void setStatus(Rag status) {
			this.status = status;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** A point as typed. */
	public static class ItemForm {

		private Long id;

		@Size(max = 5_000)
		private String text;

		private boolean leaveOut;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public boolean isLeaveOut() {
			return this.leaveOut;
		}

		public void setLeaveOut(boolean leaveOut) {
			this.leaveOut = leaveOut;
		}

	}

}
