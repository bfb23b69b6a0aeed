package org.waymark.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tiny files of each kind an upload may be, built byte by byte so that tests show exactly
 * what is being checked: real signatures of the allowed kinds, and the impostors a
 * careless or hostile upload brings.
 */
public final class SampleFiles {

	/** The content type a Word document's main part is declared with. */
	public static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final long ZIP_TIME = java.time.Instant.parse("2018-01-12T09:00:00Z").toEpochMilli();

	private SampleFiles() {
	}

	/** A minimal PDF: the header, one empty object, a trailer and the end marker. */
	public static byte[] pdf() {
		return ascii("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
	}

	/** A PNG: the signature and the start of an IHDR chunk for a 1 × 1 image. */
	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 0x77, 0x53, (byte) 0xDE };
	}

	/** A JPEG: start-of-image, a JFIF APP0 segment and end-of-image. */
	public static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00,
				0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9 };
	}

	/**
	 * A Word document as Word writes one: [Content_Types].xml first, declaring
	 * word/document.xml as the main part.
	 */
	public static byte[] docx() {
		return zip(docxEntries(WORD_MAIN));
	}

	/**
	 * A Word document whose [Content_Types].xml is not the first entry (as some tools
	 * write them), so the first bytes look like any ZIP.
	 */
	public static byte[] docxContentTypesLast() {
		Map<String, String> entries = new LinkedHashMap<>();
		Map<String, String> docx = docxEntries(WORD_MAIN);
		docx.forEach((name, content) -> {
			if (!name.equals("[Content_Types].xml")) {
				entries.put(name, content);
			}
		});
		entries.put("[Content_Types].xml", docx.get("[Content_Types].xml"));
		return zip(entries);
	}

	/**
	 * A macro-enabled Word document (DOCM): a ZIP that declares a different main part.
	 */
	public static byte[] docm() {
		return zip(docxEntries("application/vnd.ms-word.document.macroEnabled.main+xml"));
	}

	/** A ZIP that declares a Word main part but does not hold it. */
	public static byte[] docxWithoutItsMainPart() {
		Map<String, String> entries = docxEntries(WORD_MAIN);
		entries.remove("word/document.xml");
		return zip(entries);
	}

	/** An ordinary ZIP archive of a text file. */
	public static byte[] zipOfText() {
		return zip(Map.of("notes.txt", "Minutes of the delivery group"));
	}

	/** A web page, the classic impostor for a PDF. */
	public static byte[] html() {
		return ascii("<!DOCTYPE html><html><head><title>Report</title></head>"
				+ "<body><script>alert(document.cookie)</script></body></html>");
	}

	/** The start of a Windows program: the MZ header and the DOS stub's message. */
	public static byte[] exe() {
		byte[] bytes = new byte[128];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		byte[] stub = ascii("This program cannot be run in DOS mode.");
		System.arraycopy(stub, 0, bytes, 64, stub.length);
		return bytes;
	}

	private static Map<String, String> docxEntries(String mainPartType) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/word/document.xml" ContentType="%s"/>
				</Types>""".formatted(mainPartType));
		entries.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Target="word/document.xml"
				 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
				</Relationships>""");
		entries.put("word/document.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				<w:body><w:p><w:r><w:t>Kooth Online Counselling</w:t></w:r></w:p></w:body></w:document>""");
		return entries;
	}

	private static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				// A fixed time, so that the same file is the same bytes whenever it is
				// made.
				zipEntry.setTime(ZIP_TIME);
				zip.putNextEntry(zipEntry);
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
