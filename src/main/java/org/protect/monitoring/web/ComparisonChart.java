package org.protect.monitoring.web;

import java.util.List;

import org.protect.monitoring.Assessment;
import org.protect.monitoring.Condition;
import org.protect.monitoring.Rating;

/**
 * The situations considered for a child side by side: for each condition a bar per situation, each situation
 * in its own colour and also named by its letter at the bar's end, so that colour is never the only clue.
 */
final class ComparisonChart {

	/** Colours with at least 3:1 contrast on white, told apart also in the common colour-vision deficiencies. */
	static final List<String> COLOURS = List.of("#0b4f6c", "#b35900", "#2e7d32", "#6a1b9a", "#4a4a4a", "#a8224d");

	static final double WIDTH = 720;

	static final double LEFT = 16;

	static final double LENGTH = 500;

	static final double BAR = 12;

	static final double GAP = 3;

	private ComparisonChart() {
	}

	static String letter(int index) {
		return String.valueOf((char) ('A' + index));
	}

	static String colour(int index) {
		return COLOURS.get(index % COLOURS.size());
	}

	static String render(String id, List<Assessment> situations, ChartLabels labels) {
		int n = Math.max(1, situations.size());
		double legend = 8 + situations.size() * 18;
		double top = legend + 26;
		double row = 20 + n * (BAR + GAP) + 8;
		double height = top + 2 * 24 + Condition.values().length * row + 8;
		Svg svg = new Svg(id, WIDTH, height, labels.text("monitoring.chart.comparison.title"),
				description(situations, labels), labels.printed());
		for (int i = 0; i < situations.size(); i++) {
			Assessment situation = situations.get(i);
			double y = 8 + i * 18;
			svg.rect("legend-swatch", LEFT, y, 14, 12, colour(i));
			svg.text(LEFT + 20, y + 11, letter(i) + " – " + labels.situation(situation) + " ("
					+ labels.country(situation.country()) + ", " + situation.assessedOn() + ")", 12, false, "start", Svg.TEXT);
		}
		if (!situations.isEmpty()) {
			Scales.axis(svg, situations.get(0), labels.scale(), LEFT, LENGTH, top - 8, height - 8);
		}
		double y = top;
		Condition.Domain domain = null;
		for (Condition condition : Condition.values()) {
			if (condition.domain() != domain) {
				domain = condition.domain();
				svg.text(LEFT, y + 16, labels.text(domain.messageKey()), 13, true, "start", Svg.TEXT);
				y += 24;
			}
			svg.openGroup("condition", "data-condition", condition.name());
			svg.text(LEFT, y + 12, labels.condition(condition), 12, false, "start", Svg.TEXT);
			for (int i = 0; i < situations.size(); i++) {
				bar(svg, situations.get(i), condition, i, y + 18 + i * (BAR + GAP), labels);
			}
			svg.closeGroup();
			y += row;
		}
		return svg.close();
	}

	private static void bar(Svg svg, Assessment situation, Condition condition, int index, double y,
			ChartLabels labels) {
		Rating rating = situation.rating(condition);
		String value = letter(index) + " " + labels.level(rating == null ? null : rating.level());
		if (rating == null || rating.score() == null) {
			svg.rect("bar bar--unknown", LEFT, y, LENGTH, BAR, "#ffffff", "stroke", colour(index), "stroke-dasharray", "4 3",
					"data-situation", letter(index));
			svg.text(LEFT + LENGTH + 8, y + 10, value, 11, false, "start", Svg.MUTED);
		}
		else {
			svg.rect("bar", LEFT, y, LENGTH * situation.fraction(rating.score()), BAR, colour(index), "data-situation",
					letter(index));
			svg.text(LEFT + LENGTH + 8, y + 10, value, 11, false, "start", Svg.TEXT);
		}
	}

	private static String description(List<Assessment> situations, ChartLabels labels) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < situations.size(); i++) {
			Assessment situation = situations.get(i);
			names.append(i == 0 ? "" : "; ")
				.append(letter(i))
				.append(" ")
				.append(labels.situation(situation))
				.append(": ")
				.append(labels.text("monitoring.chart.means", Scales.mean(situation, Condition.Domain.FAMILY, labels),
						Scales.mean(situation, Condition.Domain.SOCIETY, labels)));
		}
		return labels.text("monitoring.chart.comparison.desc", situations.size(), names.toString());
	}

}
