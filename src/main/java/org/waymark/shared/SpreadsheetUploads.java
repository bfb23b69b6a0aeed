package org.waymark.shared;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import java.util.Collection;
import java.util.List;

/**
 * The upload step that every spreadsheet import page shares: what the page says about the
 * limits, the error for a file too large for the server to receive, and reading the
 * chosen file into rows or an error on the form's file field.
 */
@Component
public class SpreadsheetUploads {

	private static final String FORM = "importForm";

	private final SpreadsheetReader reader;

	SpreadsheetUploads(SpreadsheetReader reader) {
		this.reader = reader;
	}

	/** The limits and accepted types the upload page states, as model attributes. */
	public void describeLimits(Model model) {
		model.addAttribute("maxFileMegabytes", this.reader.maxFileSize().toMegabytes());
		model.addAttribute("maxRows", this.reader.maxRows());
		model.addAttribute("acceptedFileTypes", ".xlsx,.csv");
	}

	/**
	 * An empty upload form for the page, with the error for a file the upload filter
	 * turned back as too large to receive at all ({@link TooLargeUpload}) when
	 * {@code tooLargeToReceive}.
	 */
	public void emptyForm(boolean tooLargeToReceive, Model model) {
		SpreadsheetImportForm form = new SpreadsheetImportForm();
		model.addAttribute(FORM, form);
		if (tooLargeToReceive) {
			BindingResult result = new BeanPropertyBindingResult(form, FORM);
			result.rejectValue("file", SpreadsheetProblem.TOO_LARGE.messageKey(),
					new Object[] { this.reader.maxFileSize().toMegabytes() }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		}
	}

	/**
	 * The rows of the uploaded file under the given headings, or {@code null} with the
	 * reason as an error on the form's file field (no file, or a file refused).
	 */
	public List<SpreadsheetRow> read(SpreadsheetImportForm form, BindingResult result, List<String> headings,
			Collection<String> required) {
		if (!form.hasFile()) {
			result.rejectValue("file", "import.file.missing");
			return null;
		}
		SpreadsheetReader.Result read = this.reader.read(form.getFile().getOriginalFilename(), form.getFile().getSize(),
				form.getFile(), headings, required);
		if (!read.accepted()) {
			result.rejectValue("file", read.problem().messageKey(), new Object[] { read.detail() }, null);
			return null;
		}
		return read.rows();
	}

}
