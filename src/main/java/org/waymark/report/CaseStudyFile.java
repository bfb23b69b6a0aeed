package org.waymark.report;

/**
 * An uploaded file that has passed {@link CaseStudyFileCheck}: its type as its bytes show
 * it, and a file name safe to store, show and send back. Only the check makes one.
 */
public final class CaseStudyFile {

	private final String fileName;

	private final AttachmentType type;

	private final byte[] content;

	CaseStudyFile(String fileName, AttachmentType type, byte[] content) {
		this.fileName = fileName;
		this.type = type;
		this.content = content;
	}

	public String fileName() {
		return this.fileName;
	}

	public AttachmentType type() {
		return this.type;
	}

	public long sizeBytes() {
		return this.content.length;
	}

	Attachment toAttachment() {
		return new Attachment(this.fileName, this.type.mediaType(), this.content);
	}

}
