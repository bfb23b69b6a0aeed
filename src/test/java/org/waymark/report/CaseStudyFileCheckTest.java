package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.util.unit.DataSize;
import org.waymark.report.CaseStudyFileCheck.Result;
import org.waymark.support.SampleFiles;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What may be attached to a case study is decided by the file's bytes: real files of the
 * allowed kinds pass under any name that agrees with them, and impostors fail whatever
 * they are called.
 */
class CaseStudyFileCheckTest {

	private final CaseStudyFileCheck check = new CaseStudyFileCheck(DataSize.ofMegabytes(10));

	@Test
	void pdfPngJpegAndDocxAreAcceptedAndStoredWithTheTypeTheirBytesShow() {
		assertAccepted("report.pdf", SampleFiles.pdf(), AttachmentType.PDF, "report.pdf");
		assertAccepted("chart.png", SampleFiles.png(), AttachmentType.PNG, "chart.png");
		assertAccepted("photo.jpg", SampleFiles.jpeg(), AttachmentType.JPEG, "photo.jpg");
		assertAccepted("photo.JPEG", SampleFiles.jpeg(), AttachmentType.JPEG, "photo.JPEG");
		assertAccepted("Case Study Q3.docx", SampleFiles.docx(), AttachmentType.DOCX, "Case Study Q3.docx");
	}

	@Test
	void docxIsRecognisedWhateverOrderItsEntriesAreIn() {
		assertAccepted("case.docx", SampleFiles.docxContentTypesLast(), AttachmentType.DOCX, "case.docx");
	}

	@Test
	void storedTypeComesFromTheBytesNotTheBrowser() {
		Result result = check("report.pdf", SampleFiles.pdf());
		assertThat(result.file().toAttachment().getContentType()).isEqualTo("application/pdf");
		assertThat(result.file().sizeBytes()).isEqualTo(SampleFiles.pdf().length);
	}

	@Test
	void htmlNamedAsAPdfIsRefused() {
		assertRefused("report.pdf", SampleFiles.html(), FileProblem.NOT_ALLOWED);
	}

	@Test
	void programRenamedAsAPictureIsRefused() {
		assertRefused("photo.png", SampleFiles.exe(), FileProblem.NOT_ALLOWED);
		assertRefused("setup.exe", SampleFiles.exe(), FileProblem.NOT_ALLOWED);
	}

	@Test
	void zipThatIsNotAWordDocumentIsRefusedEvenNamedDocx() {
		assertRefused("notes.docx", SampleFiles.zipOfText(), FileProblem.NOT_ALLOWED);
		assertRefused("notes.zip", SampleFiles.zipOfText(), FileProblem.NOT_ALLOWED);
	}

	@Test
	void zipDeclaringAWordMainPartItDoesNotHoldIsRefused() {
		assertRefused("hollow.docx", SampleFiles.docxWithoutItsMainPart(), FileProblem.NOT_ALLOWED);
	}

	@Test
	void macroEnabledWordDocumentIsRefused() {
		assertRefused("macros.docx", SampleFiles.docm(), FileProblem.NOT_ALLOWED);
		assertRefused("macros.docm", SampleFiles.docm(), FileProblem.NOT_ALLOWED);
	}

	@Test
	void plainTextIsRefused() {
		assertRefused("notes.pdf", "Minutes of the board".getBytes(), FileProblem.NOT_ALLOWED);
	}

	@Test
	void truncatedZipIsRefusedNotAnError() {
		byte[] docx = SampleFiles.docx();
		byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
		assertRefused("broken.docx", truncated, FileProblem.NOT_ALLOWED);
	}

	@Test
	void allowedFileWhoseNameSaysAnotherKindIsRefusedSayingWhatItIs() {
		Result result = assertRefused("report.pdf", SampleFiles.png(), FileProblem.NAME_DISAGREES);
		assertThat(result.detected()).isEqualTo(AttachmentType.PNG);
		assertThat(result.extension()).isEqualTo("pdf");
		assertRefused("scan.png", SampleFiles.jpeg(), FileProblem.NAME_DISAGREES);
		assertRefused("report.pdf.exe", SampleFiles.pdf(), FileProblem.NAME_DISAGREES);
		assertRefused("case.doc", SampleFiles.docx(), FileProblem.NAME_DISAGREES);
	}

	@Test
	void fileWithoutAnExtensionIsGivenTheOneItsContentHas() {
		assertAccepted("scan", SampleFiles.jpeg(), AttachmentType.JPEG, "scan.jpg");
		assertAccepted("report.", SampleFiles.pdf(), AttachmentType.PDF, "report.pdf");
		assertAccepted(null, SampleFiles.pdf(), AttachmentType.PDF, "case-study.pdf");
	}

	@Test
	void emptyFileIsRefused() {
		assertRefused("report.pdf", new byte[0], FileProblem.EMPTY);
	}

	@Test
	void fileOverTheLimitIsRefusedBeforeItIsRead() {
		InputStreamSource unreadable = () -> {
			throw new AssertionError("an over-size file must not be read");
		};
		Result result = this.check.check("big.pdf", DataSize.ofMegabytes(10).toBytes() + 1, unreadable);
		assertThat(result.problem()).isEqualTo(FileProblem.TOO_LARGE);
	}

	@Test
	void fileOverTheLimitIsRefusedEvenIfItsDeclaredSizeIsSmaller() {
		byte[] big = new byte[(int) DataSize.ofMegabytes(10).toBytes() + 1];
		System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);
		Result result = this.check.check("big.pdf", 10, () -> new ByteArrayInputStream(big));
		assertThat(result.problem()).isEqualTo(FileProblem.TOO_LARGE);
	}

	@Test
	void fileOfExactlyTheLimitIsAccepted() {
		byte[] limit = new byte[(int) DataSize.ofMegabytes(10).toBytes()];
		System.arraycopy(SampleFiles.pdf(), 0, limit, 0, SampleFiles.pdf().length);
		assertThat(check("limit.pdf", limit).accepted()).isTrue();
	}

	@Test
	void limitIsConfigurable() {
		CaseStudyFileCheck small = new CaseStudyFileCheck(DataSize.ofBytes(10));
		assertThat(
				small.check("report.pdf", SampleFiles.pdf().length, new ByteArrayResource(SampleFiles.pdf())).problem())
			.isEqualTo(FileProblem.TOO_LARGE);
		assertThat(small.maxFileSize()).isEqualTo(DataSize.ofBytes(10));
	}

	@Test
	void storedNameKeepsOnlyTheLastPartOfAPath() {
		assertThat(CaseStudyFileCheck.sanitisedName("C:\\Users\\lee\\Documents\\report.pdf")).isEqualTo("report.pdf");
		assertThat(CaseStudyFileCheck.sanitisedName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(CaseStudyFileCheck.sanitisedName("/tmp/")).isEqualTo("case-study");
	}

	@Test
	void storedNameLosesControlAndFormattingCharacters() {
		assertThat(CaseStudyFileCheck.sanitisedName("rep\u0000ort\r\n.pdf")).isEqualTo("report.pdf");
		// A right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf".
		assertThat(CaseStudyFileCheck.sanitisedName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(CaseStudyFileCheck.sanitisedName("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
	}

	@Test
	void storedNameReplacesCharactersWindowsRefusesAndTidiesSpacesAndDots() {
		assertThat(CaseStudyFileCheck.sanitisedName("a\"b<c>d|e?f*g:h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
		assertThat(CaseStudyFileCheck.sanitisedName("  Case \t study   Q3 .pdf ")).isEqualTo("Case study Q3 .pdf");
		assertThat(CaseStudyFileCheck.sanitisedName("..hidden.pdf")).isEqualTo("hidden.pdf");
		assertThat(CaseStudyFileCheck.sanitisedName("...")).isEqualTo("case-study");
	}

	@Test
	void storedNameKeepsLettersOfAnyLanguage() {
		assertThat(CaseStudyFileCheck.sanitisedName("Astudiaeth achos – Côr ŷd.pdf"))
			.isEqualTo("Astudiaeth achos – Côr ŷd.pdf");
		assertThat(CaseStudyFileCheck.sanitisedName("事例研究.pdf")).isEqualTo("事例研究.pdf");
	}

	@Test
	void longNameIsShortenedKeepingItsExtension() {
		String name = CaseStudyFileCheck.sanitisedName("x".repeat(400) + ".pdf");
		assertThat(name).hasSize(CaseStudyFileCheck.MAX_NAME_LENGTH).endsWith(".pdf");
		String emoji = CaseStudyFileCheck.sanitisedName("\uD83D\uDE00".repeat(200) + ".pdf");
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(CaseStudyFileCheck.MAX_NAME_LENGTH);
		assertThat(emoji).endsWith(".pdf");
	}

	@Test
	void wordMainPartIsFoundWhateverTheAttributeOrderAndQuotes() {
		assertThat(CaseStudyFileCheck.wordMainPart(
				"<Types><Override ContentType='" + SampleFiles.WORD_MAIN + "' PartName='/word/doc.xml'/></Types>"))
			.isEqualTo("word/doc.xml");
		assertThat(CaseStudyFileCheck
			.wordMainPart("<Types><Override PartName=\"/a.xml\" ContentType=\"application/xml\"/></Types>")).isNull();
	}

	private Result check(String name, byte[] bytes) {
		return this.check.check(name, bytes.length, new ByteArrayResource(bytes));
	}

	private void assertAccepted(String name, byte[] bytes, AttachmentType type, String storedName) {
		Result result = check(name, bytes);
		assertThat(result.problem()).as("problem with %s", name).isNull();
		assertThat(result.accepted()).isTrue();
		assertThat(result.file().type()).isEqualTo(type);
		assertThat(result.file().fileName()).isEqualTo(storedName);
	}

	private Result assertRefused(String name, byte[] bytes, FileProblem problem) {
		Result result = check(name, bytes);
		assertThat(result.accepted()).as("%s accepted", name).isFalse();
		assertThat(result.problem()).as("problem with %s", name).isEqualTo(problem);
		return result;
	}

}
