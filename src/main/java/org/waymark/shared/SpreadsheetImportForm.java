package org.waymark.shared;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of an import (action plans, measure values): one file. */
public class SpreadsheetImportForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

}
