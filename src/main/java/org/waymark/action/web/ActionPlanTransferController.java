package org.waymark.action.web;

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
import org.waymark.action.transfer.ActionPlanColumns;
import org.waymark.action.transfer.ActionPlanPreview;
import org.waymark.action.transfer.ActionPlanTransfer;
import org.waymark.shared.ImportOutcome;
import org.waymark.shared.PendingImport;
import org.waymark.shared.SpreadsheetFormat;
import org.waymark.shared.SpreadsheetImportForm;
import org.waymark.shared.SpreadsheetRow;
import org.waymark.shared.SpreadsheetUploads;
import org.waymark.shared.TooLargeUpload;

import java.util.List;

/**
 * Action plans in and out of spreadsheets. An upload is checked into a preview that saves
 * nothing; its rows wait in the session under a random token until confirmed (one import
 * at a time per session), and confirming checks them again against the plan as it is
 * then: if the plan changed meanwhile, the new preview is shown instead of writing.
 */
@Controller
class ActionPlanTransferController {

	static final String PENDING = "waymark.actionPlanImport";

	private static final String UPLOAD = "action/import/upload";

	private static final String PREVIEW = "action/import/preview";

	private final ActionPlanTransfer transfer;

	private final SpreadsheetUploads uploads;

	ActionPlanTransferController(ActionPlanTransfer transfer, SpreadsheetUploads uploads) {
		this.transfer = transfer;
		this.uploads = uploads;
	}

	@GetMapping("/action-plans/{id}/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long id, Authentication who) {
		return this.transfer.export(id, SpreadsheetFormat.XLSX, who).asDownload();
	}

	@GetMapping("/action-plans/{id}/export.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable long id, Authentication who) {
		return this.transfer.export(id, SpreadsheetFormat.CSV, who).asDownload();
	}

	@GetMapping("/action-plans/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() {
		return ActionPlanTransfer.template(SpreadsheetFormat.XLSX).asDownload();
	}

	@GetMapping("/action-plans/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return ActionPlanTransfer.template(SpreadsheetFormat.CSV).asDownload();
	}

	@GetMapping("/action-plans/{id}/import")
	String upload(@PathVariable long id,
			@RequestParam(name = TooLargeUpload.PARAMETER, required = false) String fileTooBig, Authentication who,
			Model model) {
		this.uploads.emptyForm(fileTooBig != null, model);
		return uploadPage(id, who, model);
	}

	@PostMapping("/action-plans/{id}/import")
	String preview(@PathVariable long id, @ModelAttribute("importForm") SpreadsheetImportForm importForm,
			BindingResult result, Authentication who, Model model, HttpSession session) {
		// Whoever may not import is refused before their file is read.
		this.transfer.importPage(id, who);
		List<SpreadsheetRow> rows = this.uploads.read(importForm, result, ActionPlanColumns.ALL,
				ActionPlanColumns.REQUIRED);
		if (rows == null) {
			return uploadPage(id, who, model);
		}
		ActionPlanPreview preview = this.transfer.preview(id, rows, who);
		return previewPage(preview, remember(session, id, rows, preview), false, model);
	}

	@PostMapping("/action-plans/{id}/import/confirm")
	String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String token, Authentication who,
			Model model, HttpSession session, RedirectAttributes redirect) {
		this.transfer.importPage(id, who);
		PendingImport pending = PendingImport.find(session, PENDING, id, token);
		if (pending == null) {
			this.uploads.emptyForm(false, model);
			model.addAttribute("expired", true);
			return uploadPage(id, who, model);
		}
		ActionPlanTransfer.Confirmation confirmation;
		try {
			confirmation = this.transfer.confirm(id, pending.rows(), pending.fingerprint(), who);
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved an action between this check and the write: check again.
			ActionPlanPreview again = this.transfer.preview(id, pending.rows(), who);
			return previewPage(again, remember(session, id, pending.rows(), again), true, model);
		}
		if (!confirmation.applied()) {
			ActionPlanPreview again = confirmation.preview();
			return previewPage(again, remember(session, id, pending.rows(), again), true, model);
		}
		session.removeAttribute(PENDING);
		ActionPlanPreview done = confirmation.preview();
		redirect.addFlashAttribute("imported", new long[] { done.count(ImportOutcome.NEW),
				done.count(ImportOutcome.CHANGED), done.count(ImportOutcome.NO_CHANGE) });
		return "redirect:/action-plans/" + id + "/import";
	}

	private String uploadPage(long id, Authentication who, Model model) {
		model.addAttribute("plan", this.transfer.importPage(id, who));
		model.addAttribute("columns", ActionPlanColumns.ALL);
		model.addAttribute("required", ActionPlanColumns.REQUIRED);
		this.uploads.describeLimits(model);
		return UPLOAD;
	}

	private static String previewPage(ActionPlanPreview preview, String token, boolean changedSince, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("token", token);
		model.addAttribute("changedSince", changedSince);
		model.addAttribute("outcomes", ImportOutcome.values());
		return PREVIEW;
	}

	private static String remember(HttpSession session, long id, List<SpreadsheetRow> rows, ActionPlanPreview preview) {
		return PendingImport.remember(session, PENDING, id, rows, preview.fingerprint());
	}

}
