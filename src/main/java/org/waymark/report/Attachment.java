package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

/**
 * An uploaded file's bytes, kept apart from the case study that names it so that listing
 * case studies never loads file contents.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private byte[] content;

	protected Attachment() {
	}

	public Attachment(String fileName, String contentType, byte[] content) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
	}

	Attachment copy() {
		return new Attachment(this.fileName, this.contentType, this.content.clone());
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public byte[] getContent() {
		return this.content;
	}

}
