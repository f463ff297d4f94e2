package org.protect.monitoring.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.Assessment;
import org.protect.monitoring.Condition;
import org.protect.monitoring.Rating;

/**
 * The child's situation over time, one small chart per condition (family on the left, society on the right):
 * a line through the ratings in time order, a square for an assessment of the current situation and a circle
 * for a follow-up; an unknown rating breaks the line and shows as a hollow mark on the base line.
 */
final class TrendChart {

	static final String LINE = "#0b4f6c";

	static final double WIDTH = 720;

	static final double PANEL_WIDTH = 340;

	static final double PANEL_HEIGHT = 112;

	static final double PLOT_LEFT = 34;

	static final double PLOT_RIGHT = 24;

	static final double PLOT_TOP = 22;

	static final double PLOT_HEIGHT = 62;

	private TrendChart() {
	}

	static String render(String id, List<Assessment> points, ChartLabels labels) {
		double top = 58;
		double height = top + 7 * PANEL_HEIGHT + 8;
		Svg svg = new Svg(id, WIDTH, height, labels.text("monitoring.chart.trend.title"), description(points, labels),
				labels.printed());
		legend(svg, labels);
		svg.text(14, top - 10, labels.text(Condition.Domain.FAMILY.messageKey()), 13, true, "start", Svg.TEXT);
		svg.text(14 + PANEL_WIDTH + 26, top - 10, labels.text(Condition.Domain.SOCIETY.messageKey()), 13, true, "start",
				Svg.TEXT);
		for (Condition condition : Condition.values()) {
			int index = condition.ordinal() % 7;
			double x = condition.domain() == Condition.Domain.FAMILY ? 14 : 14 + PANEL_WIDTH + 26;
			panel(svg, points, condition, x, top + index * PANEL_HEIGHT, labels);
		}
		return svg.close();
	}

	private static void legend(Svg svg, ChartLabels labels) {
		svg.rect("legend-swatch", 14, 9, 9, 9, LINE);
		svg.text(30, 17, labels.text(AssessedSituation.CURRENT.messageKey()), 12, false, "start", Svg.TEXT);
		svg.element("circle", "cx", "230", "cy", "13", "r", "5", "fill", LINE);
		svg.text(242, 17, labels.text(AssessedSituation.FOLLOW_UP.messageKey()), 12, false, "start", Svg.TEXT);
	}

	private static void panel(Svg svg, List<Assessment> points, Condition condition, double x, double y,
			ChartLabels labels) {
		svg.openGroup("condition", "data-condition", condition.name());
		svg.text(x, y + 12, labels.condition(condition), 11, false, "start", Svg.TEXT);
		double left = x + PLOT_LEFT;
		double right = x + PANEL_WIDTH - PLOT_RIGHT;
		double plotTop = y + PLOT_TOP;
		double base = plotTop + PLOT_HEIGHT;
		svg.line(left, plotTop, right, plotTop, Svg.GRID, 1);
		svg.line(left, base, right, base, Svg.GRID, 1);
		if (!points.isEmpty()) {
			Assessment first = points.get(0);
			svg.text(left - 6, plotTop + 4, Integer.toString(first.scaleMax()), 10, false, "end", Svg.MUTED);
			svg.text(left - 6, base + 4, Integer.toString(first.scaleMin()), 10, false, "end", Svg.MUTED);
			svg.text(left, base + 16, first.assessedOn().toString(), 10, false, "start", Svg.MUTED);
			if (points.size() > 1) {
				svg.text(right, base + 16, points.get(points.size() - 1).assessedOn().toString(), 10, false, "end",
						Svg.MUTED);
			}
		}
		// A path, not a polyline: an unknown rating lifts the pen, so the line never bridges what is not known.
		StringBuilder path = new StringBuilder();
		boolean penDown = false;
		for (Assessment point : points) {
			double px = x(points, point.assessedOn(), left, right);
			Rating rating = point.rating(condition);
			String tip = labels.situation(point) + ", " + point.assessedOn() + ": "
					+ labels.level(rating == null ? null : rating.level());
			if (rating == null || rating.score() == null) {
				penDown = false;
				svg.elementWithTitle("circle", tip, "class", "point point--unknown", "cx", Svg.num(px), "cy",
						Svg.num(base), "r", "4", "fill", "#ffffff", "stroke", Svg.MUTED, "stroke-width", "1.5");
				continue;
			}
			// Scores between the scale's ends, from the scale the point was made on.
			double fraction = (rating.score() - point.scaleMin()) / (double) Math.max(1, point.scaleMax() - point.scaleMin());
			double py = base - PLOT_HEIGHT * fraction;
			path.append(path.isEmpty() ? "" : " ").append(penDown ? "L" : "M").append(Svg.num(px)).append(' ')
				.append(Svg.num(py));
			penDown = true;
			if (point.situation() == AssessedSituation.CURRENT) {
				svg.elementWithTitle("rect", tip, "class", "point", "x", Svg.num(px - 4.5), "y", Svg.num(py - 4.5), "width",
						"9", "height", "9", "fill", LINE);
			}
			else {
				svg.elementWithTitle("circle", tip, "class", "point", "cx", Svg.num(px), "cy", Svg.num(py), "r", "5",
						"fill", LINE);
			}
		}
		svg.element("path", "class", "trend-line", "data-condition", condition.name(), "d",
				path.isEmpty() ? "M0 0" : path.toString(), "fill", "none", "stroke", path.isEmpty() ? "none" : LINE,
				"stroke-width", "2");
		svg.closeGroup();
	}

	private static double x(List<Assessment> points, LocalDate day, double left, double right) {
		if (points.size() == 1) {
			return (left + right) / 2;
		}
		LocalDate first = points.get(0).assessedOn();
		LocalDate last = points.get(points.size() - 1).assessedOn();
		long span = ChronoUnit.DAYS.between(first, last);
		if (span == 0) {
			return left + (right - left) * points.indexOf(points.stream().filter(p -> p.assessedOn().equals(day))
				.findFirst().orElseThrow()) / (points.size() - 1);
		}
		return left + (right - left) * ChronoUnit.DAYS.between(first, day) / span;
	}

	private static String description(List<Assessment> points, ChartLabels labels) {
		if (points.isEmpty()) {
			return labels.text("monitoring.chart.trend.empty");
		}
		return labels.text("monitoring.chart.trend.desc", points.size(), points.get(0).assessedOn().toString(),
				points.get(points.size() - 1).assessedOn().toString());
	}

}
