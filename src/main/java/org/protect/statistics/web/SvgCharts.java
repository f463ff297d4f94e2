package org.protect.statistics.web;

import java.util.List;

/**
 * Charts drawn on the server as inline SVG: no script, no library, no CDN. Each is one image to assistive
 * technology ({@code role="img"}, named by its {@code title} and {@code desc}); the table beside it is its
 * text alternative and holds every figure. Colours meet 3:1 against white (WCAG 1.4.11); a withheld figure
 * gets no bar, only its sign ("&lt;5", "x"), as in the table.
 */
final class SvgCharts {

	private static final int WIDTH = 800;

	private static final int LABEL_WIDTH = 310;

	private static final int BAR_AREA = 330;

	private static final int ROW = 26;

	private static final String BAR = "#1d70b8";

	private static final String TEXT = "#0b0c0c";

	private static final String MUTED = "#505a5f";

	private SvgCharts() {
	}

	/** One bar. {@code value} is {@code null} for a withheld figure, which shows only {@code text}. */
	record Bar(String label, Integer value, String text) {
	}

	/** One step's quartiles in days; {@code null} quartiles when not shown. */
	record Range(String label, Integer lower, Integer median, Integer upper, String text) {
	}

	static String bars(String id, String title, String description, List<Bar> bars) {
		int max = Math.max(1, bars.stream().filter(b -> b.value() != null).mapToInt(Bar::value).max().orElse(1));
		int height = 10 + bars.size() * ROW;
		StringBuilder svg = open(id, title, description, height);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = 8 + i * ROW;
			svg.append(text(LABEL_WIDTH - 8, y + 15, "end", TEXT, shorten(bar.label())));
			int length = bar.value() == null ? 0 : (int) Math.round((double) bar.value() * BAR_AREA / max);
			if (length > 0) {
				svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
					.append(length).append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(BAR).append("\"/>");
			}
			svg.append(text(LABEL_WIDTH + length + 6, y + 15, "start", bar.value() == null ? MUTED : TEXT, bar.text()));
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * Each step as a bar from the lower to the upper quartile with a mark at the median, on one scale of days.
	 */
	static String ranges(String id, String title, String description, List<Range> ranges, String daysLabel) {
		int max = Math.max(1, ranges.stream().filter(r -> r.upper() != null).mapToInt(Range::upper).max().orElse(1));
		int height = 40 + ranges.size() * ROW;
		StringBuilder svg = open(id, title, description, height);
		for (int i = 0; i < ranges.size(); i++) {
			Range range = ranges.get(i);
			int y = 8 + i * ROW;
			svg.append(text(LABEL_WIDTH - 8, y + 15, "end", TEXT, shorten(range.label())));
			if (range.median() == null) {
				svg.append(text(LABEL_WIDTH + 6, y + 15, "start", MUTED, range.text()));
				continue;
			}
			int from = LABEL_WIDTH + scale(range.lower(), max);
			int to = LABEL_WIDTH + Math.max(scale(range.upper(), max), scale(range.lower(), max) + 2);
			int median = LABEL_WIDTH + scale(range.median(), max);
			svg.append("<rect x=\"").append(from).append("\" y=\"").append(y + 5).append("\" width=\"").append(to - from)
				.append("\" height=\"").append(ROW - 12).append("\" fill=\"").append(BAR).append("\"/>");
			svg.append("<rect x=\"").append(median - 2).append("\" y=\"").append(y + 1).append("\" width=\"4\" height=\"")
				.append(ROW - 4).append("\" fill=\"").append(TEXT).append("\"/>");
			svg.append(text(to + 6, y + 15, "start", TEXT, range.text()));
		}
		int axis = 12 + ranges.size() * ROW;
		svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(axis).append("\" x2=\"")
			.append(LABEL_WIDTH + BAR_AREA).append("\" y2=\"").append(axis).append("\" stroke=\"").append(MUTED)
			.append("\"/>");
		svg.append(text(LABEL_WIDTH, axis + 16, "start", MUTED, "0"));
		svg.append(text(LABEL_WIDTH + BAR_AREA, axis + 16, "end", MUTED, max + " " + daysLabel));
		return svg.append("</svg>").toString();
	}

	private static int scale(int days, int max) {
		return (int) Math.round((double) days * BAR_AREA / max);
	}

	private static StringBuilder open(String id, String title, String description, int height) {
		StringBuilder svg = new StringBuilder(2048);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
			.append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
		return svg;
	}

	private static String text(int x, int y, String anchor, String colour, String content) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour
				+ "\" font-size=\"14\">" + escape(content) + "</text>";
	}

	/** Labels longer than the label column are cut (the table beside the chart has them whole). */
	private static String shorten(String label) {
		int room = (LABEL_WIDTH - 16) / 8;
		return label.length() <= room ? label : label.substring(0, room - 1) + "…";
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
