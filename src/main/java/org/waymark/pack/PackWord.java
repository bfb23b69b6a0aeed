package org.waymark.pack;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.ReportedValue;
import org.waymark.pack.QuarterData.StatusRow;
import org.waymark.report.HighlightReportView;
import org.waymark.report.HighlightReportView.Header;
import org.waymark.report.HighlightReportView.MeasureRow;
import org.waymark.report.HighlightReportView.MeasureTable;
import org.waymark.report.HighlightReportView.Section;
import org.waymark.report.PickedRisk;
import org.waymark.shared.FormattedText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the executive summary and highlight reports as Word documents (.docx, Apache POI
 * XWPF) for pasting into committee reports: real Heading 1 to 3 styles, real bulleted
 * lists, and real tables whose first row is marked as a header row repeated on each page.
 * The words are the pages' own (messages.properties).
 */
final class PackWord {

	/** Documents are written in British English, as the pages are. */
	private static final Locale LOCALE = Locale.UK;

	private static final String FONT = "Arial";

	private final MessageSource messages;

	PackWord(MessageSource messages) {
		this.messages = messages;
	}

	/** The executive summary and the quarter's status table. */
	byte[] executiveSummary(QuarterData quarter, CommitteePack.Summary summary) {
		Writer doc = new Writer();
		doc.heading(1, word("docx.summary.title", quarter.periodLongLabel()));
		doc.paragraph(quarter.planTitle());
		if (summary.progressAsAt() != null) {
			doc.paragraph(word("pack.summary.asAt", summary.progressAsAt()));
		}
		doc.heading(2, word("pack.summary.overall"));
		doc.text(summary.overall());
		doc.heading(2, word("pack.summary.achievements"));
		doc.text(summary.achievements());
		doc.heading(2, word("pack.summary.slippage"));
		doc.text(summary.slippageIssuesRisks());
		doc.heading(2, word("pack.summary.nextQuarter"));
		doc.text(summary.nextQuarter());
		doc.heading(2, word("pack.summary.decisions"));
		doc.text(summary.decisionsRequired());
		doc.heading(2, word("pack.statuses.heading"));
		List<List<String>> rows = new ArrayList<>();
		for (StatusRow status : quarter.statuses()) {
			String shown = (status.status() != null) ? word(status.status().messageKey()) : word("pack.statuses.none");
			if (status.statusFromSummary()) {
				shown += " (" + word("pack.statuses.fromSummary") + ")";
			}
			List<String> reason = new ArrayList<>();
			if (status.exemptionReason() != null) {
				reason.add(word("pack.statuses.exempt", status.exemptionReason()));
			}
			if (status.reason() != null) {
				reason.add(status.reason());
			}
			rows.add(List.of(word("programme.numbered", status.programmeNumber(), status.programmeTitle()), shown,
					(status.trend() != null) ? word(status.trend().messageKey()) : word("pack.statuses.noTrend"),
					String.join("\n", reason)));
		}
		doc.table(List.of(word("pack.statuses.programme"), word("pack.statuses.status"), word("pack.statuses.trend"),
				word("pack.statuses.reason")), rows);
		return doc.bytes();
	}

	/** A highlight report laid out like the paper template. */
	byte[] report(HighlightReportView report) {
		Writer doc = new Writer();
		Header h = report.header();
		doc.heading(1, word("docx.report.title", h.programmeLabel(), h.programmeTitle()));
		doc.paragraph(word("report.caption", h.quarter()));
		String chair = (h.chairName() == null) ? word("common.notRecorded")
				: (h.chairTitle() == null) ? h.chairName() : word("person.withTitle", h.chairName(), h.chairTitle());
		doc.table(null,
				List.of(List.of(word("report.deliveryGroup"), orNotRecorded(h.deliveryGroup())),
						List.of(word("report.deliveryGroupChair"), chair),
						List.of(word("report.scrutinyChampion"), orNotRecorded(h.scrutinyChampions())),
						List.of(word("report.year"), h.year()), List.of(word("report.quarter"), h.quarter()),
						List.of(word("report.reportDate"), orNotRecorded(h.reportDate())),
						List.of(word("report.revision"),
								(h.revision() > 1)
										? word("pack.report.correction", h.revision(), word(h.state().messageKey()))
										: word(h.state().messageKey()))));

		HighlightReportView.Status s = report.status();
		doc.heading(2, word("report.heading.status"));
		String status = (s.rag() != null) ? word(s.rag().messageKey()) : word("common.notRecorded");
		if (s.asWritten() != null) {
			status += "\n" + word("report.statusAsWritten", s.asWritten());
		}
		doc.table(null,
				List.of(List.of(word("report.currentStatus"), status),
						List.of(word("report.statusTrend"),
								(s.trend() != null) ? word(s.trend().messageKey()) : word("report.noTrend")),
						List.of(word("report.statusReason"), plain(s.reason()))));

		doc.heading(2, word("report.heading.progress"));
		doc.heading(3, word(report.achievements().type().messageKey()));
		section(doc, report.achievements());
		doc.heading(3, word(report.slippage().type().messageKey()));
		section(doc, report.slippage());
		for (Section section : report.numberedSections()) {
			doc.heading(2,
					word("report.numberedHeading", section.type().templateNumber(), word(section.type().messageKey())));
			section(doc, section);
		}

		doc.heading(2, word("report.heading.measures"));
		if (report.measureTables().isEmpty()) {
			doc.paragraph(word("report.noMeasures"));
		}
		for (MeasureTable table : report.measureTables()) {
			doc.heading(3, (table.heading() != null) ? table.heading() : word("measures.ungrouped"));
			List<List<String>> rows = new ArrayList<>();
			for (MeasureRow row : table.rows()) {
				String direction = word("pack.direction", word("pack.symbol." + row.direction().shown().name()),
						word(row.direction().shown().messageKey()));
				if (row.direction().overridden()) {
					direction += "\n" + word("measures.overrideReason", row.direction().overrideReason());
				}
				rows.add(List.of(row.name(), target(row), value(row.current()), value(row.previous()), direction));
			}
			doc.table(List.of(word("measures.column.measure"), word("measures.column.target"),
					word("measures.column.current"), word("measures.column.previous"),
					word("measures.column.direction")), rows);
		}
		if (!report.measureTables().isEmpty()) {
			List<String> key = new ArrayList<>();
			for (var direction : org.waymark.measure.DirectionOfTravel.values()) {
				key.add(word("pack.direction", word("pack.symbol." + direction.name()),
						word("pack.key." + direction.name())));
			}
			doc.paragraph(word("pack.key.heading") + ": " + String.join("   ", key));
		}

		if (!report.caseStudies().isEmpty()) {
			doc.heading(2, word("report.heading.caseStudies"));
			for (HighlightReportView.CaseStudyView study : report.caseStudies()) {
				doc.heading(3, study.title());
				doc.text(study.summary());
				if (study.download() != null) {
					doc.paragraph(word("pack.report.attachment", study.download().fileName()));
				}
			}
		}
		return doc.bytes();
	}

	private void section(Writer doc, Section section) {
		if (section.nilReturn()) {
			doc.paragraph(word("report.nilReturn"));
		}
		for (PickedRisk risk : section.risks()) {
			doc.bullet((risk.reference() != null) ? word("pack.report.namedRisk", risk.reference(), risk.title())
					: risk.title());
		}
		if (section.written()) {
			doc.text(section.body());
		}
		if (section.blank()) {
			doc.paragraph(word("common.notRecorded"));
		}
	}

	private String target(MeasureRow row) {
		List<String> lines = new ArrayList<>();
		if (row.targetText() != null) {
			lines.add(row.targetText());
		}
		else if (row.target() != null) {
			lines.add(word("measures.target", amount(row.target())));
		}
		for (MeasureComparison comparator : row.comparators()) {
			StringBuilder line = new StringBuilder(comparator.label());
			if (comparator.amount() != null) {
				line.append(' ').append(amount(comparator.amount()));
			}
			if (comparator.period() != null) {
				line.append(' ').append(word("measures.period", comparator.period()));
			}
			lines.add(line.toString());
		}
		return lines.isEmpty() ? word("measures.noTarget") : String.join("\n", lines);
	}

	private String value(ReportedValue value) {
		if (value == null) {
			return word("measures.noValue");
		}
		String text = value.hasText() ? plain(value.text()) : word(value.dataStatus().messageKey());
		return (value.periodNote() != null) ? text + "\n" + value.periodNote() : text;
	}

	private String amount(MeasureAmount amount) {
		return this.messages.getMessage(amount.messageKey(), new Object[] { amount.value() }, LOCALE);
	}

	private String orNotRecorded(String text) {
		return (text != null && !text.isBlank()) ? text : word("common.notRecorded");
	}

	/** Typed text for a table cell: one line each, bullet points marked. */
	private String plain(FormattedText text) {
		if (text.isEmpty()) {
			return word("common.notRecorded");
		}
		List<String> lines = new ArrayList<>();
		for (FormattedText.Block block : text.blocks()) {
			block.lines().forEach((line) -> lines.add(block.list() ? "\u2022 " + line : line));
		}
		return String.join("\n", lines);
	}

	private String word(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LOCALE);
	}

	/** One document being written, with its heading styles and bullet list defined. */
	private static final class Writer {

		private final XWPFDocument document = new XWPFDocument();

		private final BigInteger bullets;

		Writer() {
			XWPFStyles styles = this.document.createStyles();
			// Word and LibreOffice know "heading 1" to "heading 3" as the built-in
			// headings
			// (navigation pane, outline, table of contents) by these names and outline
			// levels.
			for (int level = 1; level <= 3; level++) {
				styles.addStyle(headingStyle(level));
			}
			XWPFNumbering numbering = this.document.createNumbering();
			this.bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(bulletList())));
		}

		void heading(int level, String text) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setStyle("Heading" + level);
			paragraph.createRun().setText(text);
		}

		void paragraph(String text) {
			XWPFParagraph paragraph = this.document.createParagraph();
			lines(paragraph.createRun(), text, false);
		}

		void bullet(String text) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setNumID(this.bullets);
			lines(paragraph.createRun(), text, false);
		}

		void text(FormattedText text) {
			for (FormattedText.Block block : text.blocks()) {
				if (block.list()) {
					block.lines().forEach(this::bullet);
				}
				else {
					paragraph(String.join("\n", block.lines()));
				}
			}
		}

		/**
		 * A table; with headings, the first row holds them and is repeated on each page;
		 * without, the first column is bold as a row header.
		 */
		void table(List<String> headings, List<List<String>> rows) {
			int columns = (headings != null) ? headings.size() : rows.get(0).size();
			XWPFTable table = this.document.createTable((headings != null) ? rows.size() + 1 : rows.size(), columns);
			table.setWidth("100%");
			int first = 0;
			if (headings != null) {
				XWPFTableRow header = table.getRow(0);
				header.setRepeatHeader(true);
				header.setCantSplitRow(true);
				for (int c = 0; c < columns; c++) {
					cell(header.getCell(c), headings.get(c), true);
				}
				first = 1;
			}
			for (int r = 0; r < rows.size(); r++) {
				XWPFTableRow row = table.getRow(first + r);
				for (int c = 0; c < columns; c++) {
					cell(row.getCell(c), rows.get(r).get(c), headings == null && c == 0);
				}
			}
			this.document.createParagraph();
		}

		private static void cell(XWPFTableCell cell, String text, boolean bold) {
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			XWPFRun run = paragraph.createRun();
			run.setBold(bold);
			lines(run, text, bold);
		}

		private static void lines(XWPFRun run, String text, boolean bold) {
			String[] lines = ((text != null) ? text : "").split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines[i], i);
			}
			run.setFontFamily(FONT);
		}

		byte[] bytes() {
			try (XWPFDocument doc = this.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				doc.write(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write the Word document", ex);
			}
		}

		private static XWPFStyle headingStyle(int level) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.addNewName().setVal("heading " + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewBasedOn().setVal("Normal");
			style.addNewNext().setVal("Normal");
			style.addNewUiPriority().setVal(BigInteger.valueOf(9));
			style.addNewQFormat();
			var paragraph = style.addNewPPr();
			paragraph.addNewKeepNext();
			paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 240 : 200));
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
			CTRPr run = style.addNewRPr();
			CTFonts fonts = run.addNewRFonts();
			fonts.setAscii(FONT);
			fonts.setHAnsi(FONT);
			run.addNewB();
			run.addNewSz().setVal(BigInteger.valueOf(switch (level) {
				case 1 -> 32;
				case 2 -> 26;
				default -> 22;
			}));
			return new XWPFStyle(style);
		}

		private static CTAbstractNum bulletList() {
			CTAbstractNum list = CTAbstractNum.Factory.newInstance();
			list.setAbstractNumId(BigInteger.ZERO);
			CTLvl level = list.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewStart().setVal(BigInteger.ONE);
			level.addNewNumFmt().setVal(STNumberFormat.BULLET);
			level.addNewLvlText().setVal("\u2022");
			CTInd indent = level.addNewPPr().addNewInd();
			indent.setLeft(BigInteger.valueOf(720));
			indent.setHanging(BigInteger.valueOf(360));
			return list;
		}

	}

}
