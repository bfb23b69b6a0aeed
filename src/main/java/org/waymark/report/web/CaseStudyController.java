package org.waymark.report.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.report.AttachmentDownload;
import org.waymark.report.AttachmentType;
import org.waymark.report.CaseStudiesDraft;
import org.waymark.report.CaseStudyDraft;
import org.waymark.report.CaseStudyFile;
import org.waymark.report.CaseStudyFileCheck;
import org.waymark.report.CaseStudyService;
import org.waymark.report.EditConflictException;
import org.waymark.shared.TooLargeUpload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Case studies: the lead adds them to a report with a file, changes and removes them
 * while the report is being written, and anyone who may read the report downloads their
 * files.
 * <p>
 * A refused file comes back as an error on the form with the title and summary still in
 * it (a browser cannot be given the file back, so the page asks for it again). A file too
 * large for the server even to receive is turned back before the form is read, by
 * {@code shared.web.UploadTooLargeFilter}, which sends the person to the form with
 * {@code ?fileTooBig}.
 */
@Controller
class CaseStudyController {

	static final String FILE_TOO_BIG = TooLargeUpload.PARAMETER;

	private static final String LIST = "report/edit/case-studies";

	private static final String CHANGE = "report/edit/case-study";

	private static final String REMOVE = "report/edit/case-study-remove";

	private final CaseStudyService caseStudies;

	private final CaseStudyFileCheck fileCheck;

	CaseStudyController(CaseStudyService caseStudies, CaseStudyFileCheck fileCheck) {
		this.caseStudies = caseStudies;
		this.fileCheck = fileCheck;
	}

	/** The size limit, for the file field's hint. */
	@ModelAttribute("maxFileMegabytes")
	long maxFileMegabytes() {
		return this.fileCheck.maxFileSize().toMegabytes();
	}

	/**
	 * The extensions the browser's file chooser offers first, e.g. ".pdf,.docx"; the
	 * server checks the file's content whatever was chosen.
	 */
	@ModelAttribute("acceptedFileTypes")
	String acceptedFileTypes() {
		return Arrays.stream(AttachmentType.values())
			.flatMap((type) -> type.extensions().stream())
			.map((extension) -> "." + extension)
			.collect(Collectors.joining(","));
	}

	@GetMapping("/reports/{id}/edit/case-studies")
	String list(@PathVariable long id, @RequestParam(name = FILE_TOO_BIG, required = false) String fileTooBig,
			Authentication who, Model model) {
		CaseStudiesDraft draft = this.caseStudies.caseStudies(id, who);
		CaseStudyForm form = new CaseStudyForm();
		model.addAttribute("draft", draft);
		model.addAttribute("caseStudyForm", form);
		if (fileTooBig != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseStudyForm", tooBigToReceive(form));
		}
		return LIST;
	}

	@PostMapping("/reports/{id}/edit/case-studies")
	String add(@PathVariable long id, @Valid @ModelAttribute CaseStudyForm caseStudyForm, BindingResult result,
			Authentication who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// Whoever may not write in the report is refused before their file is looked at.
		CaseStudiesDraft draft = this.caseStudies.caseStudies(id, who);
		CaseStudyFile file = checkedFile(caseStudyForm, result, model);
		if (result.hasErrors()) {
			model.addAttribute("draft", draft);
			return LIST;
		}
		try {
			this.caseStudies.add(id, caseStudyForm.getTitle(), caseStudyForm.getSummary(), file, who);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("draft", this.caseStudies.caseStudies(id, who));
			model.addAttribute("conflict", true);
			chooseAgain(file, model);
			response.setStatus(HttpStatus.CONFLICT.value());
			return LIST;
		}
		return backToList(id, "caseStudy.banner.added", caseStudyForm.getTitle(), redirect);
	}

	@GetMapping("/reports/{id}/edit/case-studies/{caseStudyId}")
	String change(@PathVariable long id, @PathVariable long caseStudyId,
			@RequestParam(name = FILE_TOO_BIG, required = false) String fileTooBig, Authentication who, Model model) {
		CaseStudyDraft draft = this.caseStudies.caseStudy(id, caseStudyId, who);
		CaseStudyForm form = new CaseStudyForm();
		form.setTitle(draft.title());
		form.setSummary(draft.summary());
		form.setFingerprint(draft.fingerprint());
		model.addAttribute("draft", draft);
		model.addAttribute("caseStudyForm", form);
		if (fileTooBig != null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "caseStudyForm", tooBigToReceive(form));
		}
		return CHANGE;
	}

	@PostMapping("/reports/{id}/edit/case-studies/{caseStudyId}")
	String saveChange(@PathVariable long id, @PathVariable long caseStudyId,
			@Valid @ModelAttribute CaseStudyForm caseStudyForm, BindingResult result, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CaseStudyDraft draft = this.caseStudies.caseStudy(id, caseStudyId, who);
		CaseStudyFile file = checkedFile(caseStudyForm, result, model);
		if (result.hasErrors()) {
			model.addAttribute("draft", draft);
			return CHANGE;
		}
		try {
			this.caseStudies.change(id, caseStudyId, caseStudyForm.getTitle(), caseStudyForm.getSummary(), file,
					caseStudyForm.getFingerprint(), who);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			CaseStudyDraft stored = this.caseStudies.caseStudy(id, caseStudyId, who);
			caseStudyForm.setFingerprint(stored.fingerprint());
			model.addAttribute("draft", stored);
			model.addAttribute("conflict", true);
			chooseAgain(file, model);
			response.setStatus(HttpStatus.CONFLICT.value());
			return CHANGE;
		}
		return backToList(id, "caseStudy.banner.changed", caseStudyForm.getTitle(), redirect);
	}

	@GetMapping("/reports/{id}/edit/case-studies/{caseStudyId}/remove")
	String confirmRemoval(@PathVariable long id, @PathVariable long caseStudyId, Authentication who, Model model) {
		model.addAttribute("draft", this.caseStudies.caseStudy(id, caseStudyId, who));
		return REMOVE;
	}

	@PostMapping("/reports/{id}/edit/case-studies/{caseStudyId}/remove")
	String remove(@PathVariable long id, @PathVariable long caseStudyId,
			@RequestParam(defaultValue = "") String fingerprint, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CaseStudyDraft draft = this.caseStudies.caseStudy(id, caseStudyId, who);
		try {
			this.caseStudies.remove(id, caseStudyId, fingerprint, who);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			// Show it as it is now, so that nobody removes what they have not seen.
			model.addAttribute("draft", this.caseStudies.caseStudy(id, caseStudyId, who));
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return REMOVE;
		}
		return backToList(id, "caseStudy.banner.removed", draft.title(), redirect);
	}

	/**
	 * A case study's file, for anyone who may read the report. It is always a download
	 * (never shown in the page's origin) with the type found when it was uploaded, and
	 * browsers are told not to guess another type or keep a copy.
	 */
	@GetMapping("/reports/{id}/case-studies/{caseStudyId}/attachment")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long caseStudyId, Authentication who) {
		AttachmentDownload file = this.caseStudies.download(id, caseStudyId, who);
		return ResponseEntity.ok()
			.contentType(mediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

	/**
	 * The chosen file, checked; null if none was chosen or it was refused (the refusal is
	 * added to the form's errors).
	 */
	private CaseStudyFile checkedFile(CaseStudyForm form, BindingResult result, Model model) {
		if (!form.hasFile()) {
			return null;
		}
		MultipartFile upload = form.getFile();
		CaseStudyFileCheck.Result check = this.fileCheck.check(upload.getOriginalFilename(), upload.getSize(), upload);
		if (!check.accepted()) {
			result.rejectValue("file", check.problem().messageKey(), arguments(check), null);
			return null;
		}
		if (result.hasErrors()) {
			chooseAgain(check.file(), model);
		}
		return check.file();
	}

	private Object[] arguments(CaseStudyFileCheck.Result check) {
		return switch (check.problem()) {
			case TOO_LARGE -> new Object[] { this.fileCheck.maxFileSize().toMegabytes() };
			case NAME_DISAGREES ->
				new Object[] { check.extension(), new DefaultMessageSourceResolvable(check.detected().messageKey()),
						check.detected().preferredExtension() };
			default -> new Object[0];
		};
	}

	/**
	 * A form that comes back with errors cannot hold the file chosen: the page names it
	 * and asks for it again.
	 */
	private static void chooseAgain(CaseStudyFile file, Model model) {
		if (file != null) {
			model.addAttribute("chooseAgain", file.fileName());
		}
	}

	private BindingResult tooBigToReceive(CaseStudyForm form) {
		BindingResult result = new BeanPropertyBindingResult(form, "caseStudyForm");
		result.rejectValue("file", "caseStudy.file.tooLargeToReceive",
				new Object[] { this.fileCheck.maxFileSize().toMegabytes() }, null);
		return result;
	}

	private static String backToList(long id, String bannerKey, String title, RedirectAttributes redirect) {
		redirect.addFlashAttribute("caseStudyBanner", bannerKey);
		redirect.addFlashAttribute("caseStudyTitle", title.strip());
		return "redirect:/reports/" + id + "/edit/case-studies";
	}

	private static MediaType mediaType(String stored) {
		try {
			return MediaType.parseMediaType(stored);
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
