package org.waymark.action.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of an import: one file. */
public class SpreadsheetImportForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

}
