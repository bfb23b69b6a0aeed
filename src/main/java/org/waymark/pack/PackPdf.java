package org.waymark.pack;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Prints a {@link CommitteePack} as a PDF: the {@code pack/pack} Thymeleaf template
 * rendered to HTML, parsed into a DOM (jsoup, so the HTML need not be well-formed XML),
 * given the print styles of {@code pack/pack.css}, and laid out by openhtmltopdf. The PDF
 * embeds Liberation Sans (subsets of the shipped TTF files, OFL), carries the headings as
 * bookmarks and page numbers in its footer, and is tagged for accessibility (PDF/UA),
 * with the document's title and language.
 */
final class PackPdf {

	static final String CONTENT_TYPE = "application/pdf";

	private static final String FONT_FAMILY = "Liberation Sans";

	/** The pack is written in British English, as the pages are. */
	private static final Locale LOCALE = Locale.UK;

	private static final List<Font> FONTS = List.of(new Font("fonts/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
			new Font("fonts/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Font("fonts/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC));

	private final ITemplateEngine templates;

	private final String css;

	/** Each font's bytes, read once: they never change. */
	private final Map<Font, byte[]> fonts = new LinkedHashMap<>();

	PackPdf(ITemplateEngine templates) {
		this.templates = templates;
		this.css = new String(read("pack/pack.css"), StandardCharsets.UTF_8);
		FONTS.forEach((font) -> this.fonts.put(font, read(font.path())));
	}

	/** The pack as PDF bytes. */
	byte[] print(CommitteePack pack) {
		Context context = new Context(LOCALE);
		context.setVariable("pack", pack);
		context.setVariable("preparedOn", DisplayDates.format(pack.preparedOn()));
		context.setVariable("texts", new Texts());
		context.setVariable("directions", List.of(DirectionOfTravel.values()));
		String html = this.templates.process("pack/pack", context);
		Document document = Jsoup.parse(html);
		// The HTML parser moves elements it does not know out of the head; openhtmltopdf
		// reads its bookmarks there.
		Element bookmarks = document.selectFirst("bookmarks");
		if (bookmarks != null) {
			document.head().appendChild(bookmarks);
		}
		document.head().appendElement("style").text(this.css);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			for (Map.Entry<Font, byte[]> entry : this.fonts.entrySet()) {
				Font font = entry.getKey();
				byte[] bytes = entry.getValue();
				builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, font.weight(), font.style(), true);
			}
			builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the committee pack", ex);
		}
		return out.toByteArray();
	}

	private static byte[] read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + path, ex);
		}
	}

	/** A TTF shipped under src/main/resources/fonts. */
	private record Font(String path, int weight, FontStyle style) {
	}

	/** Lets the template turn stored text into paragraphs and lists. */
	public static final class Texts {

		public FormattedText of(String text) {
			return FormattedText.of(text);
		}

	}

}
