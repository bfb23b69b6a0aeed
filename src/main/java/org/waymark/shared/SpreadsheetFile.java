package org.waymark.shared;

import org.springframework.http.ResponseEntity;

/**
 * A spreadsheet to send as a download.
 *
 * @param fileName its name
 * @param contentType its type
 * @param content its bytes
 */
public record SpreadsheetFile(String fileName, String contentType, byte[] content) {

	/** The file as a response, as {@link DownloadFile#asDownload()} sends it. */
	public ResponseEntity<byte[]> asDownload() {
		return new DownloadFile(this.fileName, this.contentType, this.content).asDownload();
	}

}
