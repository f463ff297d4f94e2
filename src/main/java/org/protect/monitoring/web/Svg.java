package org.protect.monitoring.web;

import java.util.Locale;

/**
 * Writes an SVG document as text: accessible (role {@code img}, named by its {@code <title>} and described by its
 * {@code <desc>}), styled by presentation attributes only, since the pages' Content-Security-Policy allows no
 * inline style and the API serves the same SVG on its own.
 */
final class Svg {

	static final String TEXT = "#1b1b1b";

	static final String MUTED = "#4a4a4a";

	static final String GRID = "#c9cdd0";

	// No "-apple-system": a name starting with a hyphen is not CSS that every SVG renderer parses (Batik, which
	// draws the charts into the court report's PDF, drops the whole list). DejaVu Sans is the font the PDF embeds.
	static final String FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, 'DejaVu Sans', sans-serif";

	private final StringBuilder out = new StringBuilder(16_384);

	/**
	 * @param id unique on the page; the title and description get ids derived from it
	 * @param printed drawn into a PDF: the title and description also go into an {@code alt} attribute, which
	 *        the PDF renderer makes the alternative text of the tagged figure (PDF/UA)
	 */
	Svg(String id, double width, double height, String title, String description, boolean printed) {
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
			.append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
			.append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
			.append("\" role=\"img\" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id))
			.append("-desc\" font-family=\"").append(escape(FONT)).append("\" font-size=\"12\"");
		if (printed) {
			out.append(" alt=\"").append(escape(title + ". " + description)).append('"');
		}
		out.append('>')
			.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
			.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>")
			.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
			.append("\" fill=\"#ffffff\"/>");
	}

	/** A rectangle; {@code attributes} are further name, value pairs (e.g. {@code "data-condition", "EDUCATION"}). */
	Svg rect(String cssClass, double x, double y, double width, double height, String fill, String... attributes) {
		out.append("<rect class=\"").append(escape(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
			.append(num(y)).append("\" width=\"").append(num(Math.max(0, width))).append("\" height=\"")
			.append(num(height)).append("\" fill=\"").append(escape(fill)).append('"');
		attributes(attributes);
		out.append("/>");
		return this;
	}

	Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String... attributes) {
		out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
			.append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(escape(stroke))
			.append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
		attributes(attributes);
		out.append("/>");
		return this;
	}

	/** Text; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
	Svg text(double x, double y, String text, double size, boolean bold, String anchor, String fill) {
		out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
			.append(num(size)).append('"');
		if (bold) {
			out.append(" font-weight=\"700\"");
		}
		if (!"start".equals(anchor)) {
			out.append(" text-anchor=\"").append(anchor).append('"');
		}
		out.append(" fill=\"").append(escape(fill)).append("\">").append(escape(text)).append("</text>");
		return this;
	}

	/** Any other element with its attributes, closed at once, e.g. a {@code path} or {@code circle}. */
	Svg element(String name, String... attributes) {
		out.append('<').append(name);
		attributes(attributes);
		out.append("/>");
		return this;
	}

	/** An element with a tooltip ({@code <title>} child), e.g. a point of a line. */
	Svg elementWithTitle(String name, String title, String... attributes) {
		out.append('<').append(name);
		attributes(attributes);
		out.append("><title>").append(escape(title)).append("</title></").append(name).append('>');
		return this;
	}

	Svg openGroup(String cssClass, String... attributes) {
		out.append("<g class=\"").append(escape(cssClass)).append('"');
		attributes(attributes);
		out.append('>');
		return this;
	}

	Svg closeGroup() {
		out.append("</g>");
		return this;
	}

	String close() {
		return out.append("</svg>").toString();
	}

	private void attributes(String... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
		}
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					// Characters XML 1.0 does not allow are left out rather than breaking the document.
					boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
							|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
					if (allowed) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	static String num(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
