package org.waymark.report;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides whether an uploaded file may be attached to a case study, from its bytes: the
 * name and the browser's content type are what the sender says, and are not trusted.
 * <ul>
 * <li>Its content must be a PDF, a Word document (DOCX), a PNG or a JPEG, as Apache
 * Tika's magic-number detection finds it with no hint from the name.</li>
 * <li>A DOCX is a ZIP file, which Tika's core detection cannot tell from any other ZIP
 * without its parsers; so a ZIP is accepted only if its {@code [Content_Types].xml}
 * declares a Word document's main part and that part is in the archive. A macro-enabled
 * document (DOCM), a template, an ODT or a plain ZIP named .docx is refused.</li>
 * <li>Its name's extension must agree with its content (a PNG named report.pdf is
 * refused); a name without an extension is given the right one.</li>
 * <li>It must not be empty or larger than the configured size
 * ({@code waymark.uploads.max-file-size}, 10 MB by default).</li>
 * </ul>
 * The stored name keeps only the last part of any path and loses control and formatting
 * characters (such as right-to-left overrides that disguise an extension) and the
 * characters Windows refuses in file names.
 */
@Component
public class CaseStudyFileCheck {

	/** The content type a Word document declares for its main part. */
	static final String WORD_MAIN_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	/** Longest stored name, in characters, extension included. */
	static final int MAX_NAME_LENGTH = 150;

	/** Enough for any real [Content_Types].xml; a bigger one is not read further. */
	private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

	private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b([^>]*)>");

	private static final Pattern PART_NAME = Pattern.compile("\\bPartName\\s*=\\s*[\"']([^\"']*)[\"']");

	private static final Pattern CONTENT_TYPE = Pattern.compile("\\bContentType\\s*=\\s*[\"']([^\"']*)[\"']");

	private static final String WINDOWS_RESERVED = "<>:\"|?*";

	private static final String FALLBACK_NAME = "case-study";

	private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

	private final DataSize maxFileSize;

	CaseStudyFileCheck(@Value("${waymark.uploads.max-file-size:10MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	/** The largest file accepted. */
	public DataSize maxFileSize() {
		return this.maxFileSize;
	}

	/**
	 * Checks a file as it was uploaded.
	 * @param originalName the name the browser sent, possibly with a path
	 * @param size the size the upload reports, checked before anything is read
	 * @param content the file's bytes
	 */
	public Result check(String originalName, long size, InputStreamSource content) {
		long max = this.maxFileSize.toBytes();
		if (size > max) {
			return Result.refused(FileProblem.TOO_LARGE, null, null);
		}
		byte[] bytes;
		try (InputStream in = content.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded file", ex);
		}
		if (bytes.length == 0) {
			return Result.refused(FileProblem.EMPTY, null, null);
		}
		if (bytes.length > max) {
			return Result.refused(FileProblem.TOO_LARGE, null, null);
		}
		Optional<AttachmentType> detected = detect(bytes);
		if (detected.isEmpty()) {
			return Result.refused(FileProblem.NOT_ALLOWED, null, null);
		}
		AttachmentType type = detected.get();
		String name = sanitisedName(originalName);
		String extension = extension(name);
		if (extension == null) {
			name = truncated(name + "." + type.preferredExtension());
		}
		else if (!type.hasExtension(extension)) {
			return Result.refused(FileProblem.NAME_DISAGREES, type, extension);
		}
		return new Result(new CaseStudyFile(name, type, bytes), null, type, extension);
	}

	/** The allowed type the bytes are, if they are one. */
	Optional<AttachmentType> detect(byte[] bytes) {
		MediaType detected;
		try (TikaInputStream in = TikaInputStream.get(bytes)) {
			// No file name in the metadata: the type comes from the bytes alone.
			detected = this.mimeTypes.detect(in, new Metadata()).getBaseType();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an uploaded file", ex);
		}
		if (this.mimeTypes.getMediaTypeRegistry().isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
			return isWordDocument(bytes) ? Optional.of(AttachmentType.DOCX) : Optional.empty();
		}
		return AttachmentType.ofMediaType(detected.toString()).filter((type) -> type != AttachmentType.DOCX);
	}

	/**
	 * Whether a ZIP archive is a Word document: its content types name a Word main part
	 * that the archive holds. Read with {@link ZipFile}, which finds entries from the
	 * archive's directory without decompressing any but the one read (a ZIP bomb costs
	 * nothing here).
	 */
	static boolean isWordDocument(byte[] zipBytes) {
		Path file = null;
		try {
			file = Files.createTempFile("waymark-upload-", ".zip");
			Files.write(file, zipBytes);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
				if (contentTypes == null) {
					return false;
				}
				String xml;
				try (InputStream in = zip.getInputStream(contentTypes)) {
					xml = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
				}
				String mainPart = wordMainPart(xml);
				return mainPart != null && zip.getEntry(mainPart) != null;
			}
		}
		catch (IOException | RuntimeException ex) {
			// Not a readable ZIP archive, whatever its first bytes say.
			return false;
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** The archive path of the part declared as a Word document's main part, if any. */
	static String wordMainPart(String contentTypesXml) {
		Matcher override = OVERRIDE.matcher(contentTypesXml);
		while (override.find()) {
			String attributes = override.group(1);
			Matcher contentType = CONTENT_TYPE.matcher(attributes);
			Matcher partName = PART_NAME.matcher(attributes);
			if (contentType.find() && WORD_MAIN_PART.equals(contentType.group(1).strip()) && partName.find()) {
				String name = partName.group(1).strip();
				return name.startsWith("/") ? name.substring(1) : name;
			}
		}
		return null;
	}

	/**
	 * A name safe to store, show and send in a header: the last part of any path, without
	 * control or formatting characters, with Windows' reserved characters replaced, and
	 * at most {@link #MAX_NAME_LENGTH} characters long (keeping the extension).
	 */
	static String sanitisedName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder safe = new StringBuilder();
		name.codePoints().forEach((c) -> {
			if (isInvisible(c)) {
				return;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				safe.append(' ');
			}
			else if (WINDOWS_RESERVED.indexOf(c) >= 0) {
				safe.append('_');
			}
			else {
				safe.appendCodePoint(c);
			}
		});
		// No hidden files, no "..", and no trailing dots or spaces (Windows drops them).
		String cleaned = safe.toString().replaceAll(" {2,}", " ").replaceAll("^[. ]+|[. ]+$", "");
		if (cleaned.isEmpty() || cleaned.startsWith(".")) {
			cleaned = FALLBACK_NAME;
		}
		return truncated(cleaned);
	}

	/** The name's extension (after its last dot), or null if it has none. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot <= 0 || dot == name.length() - 1) ? null : name.substring(dot + 1);
	}

	private static boolean isInvisible(int c) {
		int type = Character.getType(c);
		return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.PRIVATE_USE
				|| type == Character.UNASSIGNED;
	}

	private static String truncated(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = (extension != null && extension.length() <= 10) ? "." + extension : "";
		int keep = MAX_NAME_LENGTH - suffix.codePointCount(0, suffix.length());
		String base = name.substring(0, name.offsetByCodePoints(0, keep)).strip();
		return base + suffix;
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A temporary file the system cleans up; nothing to tell anyone.
		}
	}

	/**
	 * What the check found: the file to store, or why it was refused.
	 *
	 * @param file the file, when accepted
	 * @param problem why it was refused, or null
	 * @param detected the allowed type the bytes are, when known
	 * @param extension the extension the name has, when it disagrees with the content
	 */
	public record Result(CaseStudyFile file, FileProblem problem, AttachmentType detected, String extension) {

		static Result refused(FileProblem problem, AttachmentType detected, String extension) {
			return new Result(null, problem, detected, extension);
		}

		public boolean accepted() {
			return this.file != null;
		}

	}

}
