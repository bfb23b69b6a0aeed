package org.waymark.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a case study may have attached: documents and pictures that every
 * partner's computer opens, and nothing that runs. Each is recognised from the file's
 * bytes, never from its name.
 */
public enum AttachmentType {

	PDF("application/pdf", "pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	PNG("image/png", "png"),

	JPEG("image/jpeg", "jpg", "jpeg");

	private final String mediaType;

	private final List<String> extensions;

	AttachmentType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	/** The content type stored with the file and sent when it is downloaded. */
	public String mediaType() {
		return this.mediaType;
	}

	/** The extension a file of this type is given when it has none. */
	public String preferredExtension() {
		return this.extensions.get(0);
	}

	/** The extensions a file of this type may have, the usual one first. */
	public List<String> extensions() {
		return this.extensions;
	}

	/** Whether a file name ending {@code .extension} says this type (any case). */
	public boolean hasExtension(String extension) {
		return extension != null && this.extensions.contains(extension.toLowerCase(Locale.ROOT));
	}

	/** What readers call this kind of file, e.g. "a PNG image". */
	public String messageKey() {
		return "attachment.type." + name();
	}

	/** The allowed type whose content type this is, if any. */
	public static Optional<AttachmentType> ofMediaType(String mediaType) {
		for (AttachmentType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
