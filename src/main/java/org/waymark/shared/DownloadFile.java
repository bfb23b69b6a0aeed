package org.waymark.shared;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * A file to send as a download: a spreadsheet, the committee pack, a Word document.
 *
 * @param fileName its name
 * @param contentType its type
 * @param content its bytes
 */
public record DownloadFile(String fileName, String contentType, byte[] content) {

	/**
	 * The file as a response: always a download, never kept by shared caches, and
	 * browsers told not to guess another type.
	 */
	public ResponseEntity<byte[]> asDownload() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.contentType))
			.contentLength(this.content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(this.content);
	}

}
