package org.protect.reports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

/**
 * The court report's HTML made a tagged PDF (PDF/UA) by openhtmltopdf, with DejaVu Sans embedded so that
 * Latvian, Lithuanian and Cyrillic letters print, and the well-being charts drawn by Batik.
 */
final class ReportPdf {

	/** The report's style sheet, which the page links and the PDF carries inline. */
	static final String CSS = resource("/static/css/report.css");

	/**
	 * A page with a small drawing, rendered once at start-up and thrown away. Its letters are a sample of the
	 * scripts the node prints (no words, nobody reads it), so the fonts' glyphs are read for the text and for
	 * the drawing.
	 */
	static final String WARM_UP_HTML = "<!DOCTYPE html><html lang=\"en\"><head><title>-</title><style>" + CSS
			+ "</style></head><body><p>Aa Āā Ėė Šš Жж <b>Aa Āā Ėė Šš Жж</b></p>"
			+ "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" role=\"img\">"
			+ "<title>-</title><rect x=\"0\" y=\"0\" width=\"60\" height=\"20\" fill=\"#1d70b8\"/>"
			+ "<text x=\"2\" y=\"35\" font-family=\"DejaVu Sans\" font-size=\"10\">Aa Āā Жж</text></svg></body></html>";

	private static final String FONT = "DejaVu Sans";

	/** The jar's fonts, copied once to temporary files: the SVG drawer takes fonts as files only. */
	private static final File REGULAR = copy("DejaVuSans.ttf");

	private static final File BOLD = copy("DejaVuSans-Bold.ttf");

	private ReportPdf() {
	}

	static void render(String html, OutputStream out) {
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			// Fonts given as files serve the charts too: the renderer hands them to the SVG drawer, so the charts'
			// text is in the embedded fonts, not in whatever fonts the server has (maybe none).
			builder.useFont(REGULAR, FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(BOLD, FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
			// The charts are the pages' SVG, drawn by Batik without scripts or anything loaded from outside.
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the court report could not be rendered", ex);
		}
	}

	private static String resource(String path) {
		try (InputStream in = ReportPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static File copy(String name) {
		try (InputStream in = ReportPdf.class.getResourceAsStream("/reports/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " is missing from the jar");
			}
			Path copy = Files.createTempFile("protect-report-", "-" + name);
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			copy.toFile().deleteOnExit();
			return copy.toFile();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("font " + name + " could not be copied for the charts", ex);
		}
	}

}
