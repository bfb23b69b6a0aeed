package org.waymark.pack;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.SpreadsheetFile;
import org.waymark.shared.SpreadsheetFormat;
import org.waymark.shared.SpreadsheetWriter;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A quarter's data as files, for whoever may read the plan, showing what they may see
 * ({@link QuarterDataService}): an XLSX workbook with a sheet each for statuses, measures
 * and actions, or one of them as a CSV file. File names say the plan and the quarter, and
 * stay the same from one download to the next: {@code cypp-2016-19-2017-18-q3.xlsx},
 * {@code cypp-2016-19-2017-18-q3-statuses.csv}.
 */
@Service
public class QuarterExports {

	private final QuarterDataService quarters;

	private final QuarterSheets sheets;

	QuarterExports(QuarterDataService quarters, MessageSource messages) {
		this.quarters = quarters;
		this.sheets = new QuarterSheets(messages);
	}

	/**
	 * The workbook: Statuses, Measures and Actions.
	 * @throws NotFoundException if there is no such period, or it is not the plan's
	 */
	public SpreadsheetFile workbook(long planId, long periodId, Authentication reader) {
		QuarterData data = this.quarters.quarter(planId, periodId, reader);
		return new SpreadsheetFile(baseName(data) + "." + SpreadsheetFormat.XLSX.extension(),
				SpreadsheetFormat.XLSX.contentType(), SpreadsheetWriter.workbook(this.sheets.tables(data)));
	}

	/**
	 * One sheet as a CSV file.
	 * @throws NotFoundException if there is no such period, or it is not the plan's
	 */
	public SpreadsheetFile csv(long planId, long periodId, QuarterSheet sheet, Authentication reader) {
		QuarterData data = this.quarters.quarter(planId, periodId, reader);
		return new SpreadsheetFile(baseName(data) + "-" + sheet.fileSuffix() + "." + SpreadsheetFormat.CSV.extension(),
				SpreadsheetFormat.CSV.contentType(),
				SpreadsheetWriter.write(SpreadsheetFormat.CSV, this.sheets.table(sheet, data)));
	}

	/** "CYPP 2016-19" and "2017/18 Q3" make "cypp-2016-19-2017-18-q3". */
	static String baseName(QuarterData data) {
		return slug(data.planShortName()) + "-" + slug(data.periodLabel());
	}

	/** Lower-case letters and digits, anything else a single hyphen. */
	static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
