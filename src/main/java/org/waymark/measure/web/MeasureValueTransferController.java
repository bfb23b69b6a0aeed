package org.waymark.measure.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.measure.transfer.MeasureValueColumns;
import org.waymark.measure.transfer.MeasureValuePreview;
import org.waymark.measure.transfer.MeasureValueTransfer;
import org.waymark.shared.ImportOutcome;
import org.waymark.shared.PendingImport;
import org.waymark.shared.SpreadsheetFormat;
import org.waymark.shared.SpreadsheetImportForm;
import org.waymark.shared.SpreadsheetRow;
import org.waymark.shared.SpreadsheetUploads;
import org.waymark.shared.TooLargeUpload;

import java.util.List;

/**
 * A programme's measure values in and out of spreadsheets, as action plans are (see
 * {@code ActionPlanTransferController}): an upload is previewed, held in the session
 * under a random token, and checked again when confirmed.
 */
@Controller
class MeasureValueTransferController {

	static final String PENDING = "waymark.measureValueImport";

	private static final String UPLOAD = "measure/import/upload";

	private static final String PREVIEW = "measure/import/preview";

	private final MeasureValueTransfer transfer;

	private final SpreadsheetUploads uploads;

	MeasureValueTransferController(MeasureValueTransfer transfer, SpreadsheetUploads uploads) {
		this.transfer = transfer;
		this.uploads = uploads;
	}

	@GetMapping("/programmes/{programmeId}/measure-values/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long programmeId, Authentication who) {
		return this.transfer.export(programmeId, SpreadsheetFormat.XLSX, who).asDownload();
	}

	@GetMapping("/programmes/{programmeId}/measure-values/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable long programmeId, Authentication who) {
		return this.transfer.export(programmeId, SpreadsheetFormat.CSV, who).asDownload();
	}

	@GetMapping("/measure-values/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() {
		return MeasureValueTransfer.template(SpreadsheetFormat.XLSX).asDownload();
	}

	@GetMapping("/measure-values/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return MeasureValueTransfer.template(SpreadsheetFormat.CSV).asDownload();
	}

	@GetMapping("/programmes/{programmeId}/measure-values/import")
	String upload(@PathVariable long programmeId,
			@RequestParam(name = TooLargeUpload.PARAMETER, required = false) String fileTooBig, Authentication who,
			Model model) {
		this.uploads.emptyForm(fileTooBig != null, model);
		return uploadPage(programmeId, who, model);
	}

	@PostMapping("/programmes/{programmeId}/measure-values/import")
	String preview(@PathVariable long programmeId, @ModelAttribute("importForm") SpreadsheetImportForm importForm,
			BindingResult result, Authentication who, Model model, HttpSession session) {
		this.transfer.importPage(programmeId, who);
		List<SpreadsheetRow> rows = this.uploads.read(importForm, result, MeasureValueColumns.ALL,
				MeasureValueColumns.REQUIRED);
		if (rows == null) {
			return uploadPage(programmeId, who, model);
		}
		MeasureValuePreview preview = this.transfer.preview(programmeId, rows, who);
		String token = PendingImport.remember(session, PENDING, programmeId, rows, preview.fingerprint());
		return previewPage(preview, token, false, model);
	}

	@PostMapping("/programmes/{programmeId}/measure-values/import/confirm")
	String confirm(@PathVariable long programmeId, @RequestParam(defaultValue = "") String token, Authentication who,
			Model model, HttpSession session, RedirectAttributes redirect) {
		this.transfer.importPage(programmeId, who);
		PendingImport pending = PendingImport.find(session, PENDING, programmeId, token);
		if (pending == null) {
			this.uploads.emptyForm(false, model);
			model.addAttribute("expired", true);
			return uploadPage(programmeId, who, model);
		}
		MeasureValueTransfer.Confirmation confirmation;
		try {
			confirmation = this.transfer.confirm(programmeId, pending.rows(), pending.fingerprint(), who);
		}
		catch (OptimisticLockingFailureException ex) {
			MeasureValuePreview again = this.transfer.preview(programmeId, pending.rows(), who);
			return previewPage(again,
					PendingImport.remember(session, PENDING, programmeId, pending.rows(), again.fingerprint()), true,
					model);
		}
		if (!confirmation.applied()) {
			MeasureValuePreview again = confirmation.preview();
			return previewPage(again,
					PendingImport.remember(session, PENDING, programmeId, pending.rows(), again.fingerprint()), true,
					model);
		}
		session.removeAttribute(PENDING);
		MeasureValuePreview done = confirmation.preview();
		redirect.addFlashAttribute("imported", new long[] { done.count(ImportOutcome.NEW),
				done.count(ImportOutcome.CHANGED), done.count(ImportOutcome.NO_CHANGE) });
		return "redirect:/programmes/" + programmeId + "/measure-values/import";
	}

	private String uploadPage(long programmeId, Authentication who, Model model) {
		model.addAttribute("programmeId", programmeId);
		model.addAttribute("programmeLabel", this.transfer.importPage(programmeId, who));
		model.addAttribute("columns", MeasureValueColumns.ALL);
		model.addAttribute("required", MeasureValueColumns.REQUIRED);
		this.uploads.describeLimits(model);
		return UPLOAD;
	}

	private static String previewPage(MeasureValuePreview preview, String token, boolean changedSince, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("token", token);
		model.addAttribute("changedSince", changedSince);
		model.addAttribute("outcomes", ImportOutcome.values());
		return PREVIEW;
	}

}
