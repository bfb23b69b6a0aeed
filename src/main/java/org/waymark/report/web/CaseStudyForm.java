package org.waymark.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case study as typed: its title and summary, optionally a file, and (when changing
 * one) the fingerprint of what the form showed.
 */
public class CaseStudyForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 10_000)
	private String summary;

	private MultipartFile file;

	private String fingerprint;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	/**
	 * Whether a file was chosen (a file input left empty still sends a nameless part).
	 */
	boolean hasFile() {
		return this.file != null && !(this.file.isEmpty() && !hasName(this.file));
	}

	private static boolean hasName(MultipartFile file) {
		return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
	}

}
