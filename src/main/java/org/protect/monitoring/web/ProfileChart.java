package org.protect.monitoring.web;

import org.protect.monitoring.Assessment;
import org.protect.monitoring.Condition;
import org.protect.monitoring.Rating;
import org.protect.monitoring.WellBeingScale;

/**
 * The profile of one assessment: a bar per condition, its length the rating's place on the scale, family and
 * society apart; the child's own view as a diamond on the same line; "unknown" as an empty dashed bar.
 */
final class ProfileChart {

	static final String BAR = "#0b4f6c";

	static final String CHILD = "#a8224d";

	static final double WIDTH = 720;

	static final double LEFT = 16;

	static final double LENGTH = 520;

	static final double ROW = 36;

	private ProfileChart() {
	}

	static String render(String id, Assessment assessment, ChartLabels labels) {
		boolean childViews = assessment.ratings().stream().anyMatch(rating -> rating.childScore() != null);
		double top = 52;
		double height = top + 2 * 24 + Condition.values().length * ROW + 12;
		Svg svg = new Svg(id, WIDTH, height,
				labels.text("monitoring.chart.profile.title", labels.situation(assessment), assessment.assessedOn().toString()),
				description(assessment, labels), labels.printed());
		legend(svg, childViews, labels);
		Scales.axis(svg, assessment, labels.scale(), LEFT, LENGTH, top - 8, height - 8);
		double y = top;
		Condition.Domain domain = null;
		for (Condition condition : Condition.values()) {
			if (condition.domain() != domain) {
				domain = condition.domain();
				svg.text(LEFT, y + 16, labels.text(domain.messageKey()), 13, true, "start", Svg.TEXT);
				y += 24;
			}
			row(svg, assessment, assessment.rating(condition), condition, y, labels);
			y += ROW;
		}
		return svg.close();
	}

	private static void legend(Svg svg, boolean childViews, ChartLabels labels) {
		svg.rect("legend-swatch", LEFT, 6, 14, 10, BAR);
		svg.text(LEFT + 20, 15, labels.text("monitoring.chart.legend.professional"), 12, false, "start", Svg.TEXT);
		if (childViews) {
			Scales.diamond(svg, "legend-swatch", LEFT + 280, 11, CHILD);
			svg.text(LEFT + 292, 15, labels.text("monitoring.chart.legend.child"), 12, false, "start", Svg.TEXT);
		}
	}

	private static void row(Svg svg, Assessment assessment, Rating rating, Condition condition, double y,
			ChartLabels labels) {
		svg.openGroup("condition", "data-condition", condition.name());
		svg.text(LEFT, y + 11, labels.condition(condition), 12, false, "start", Svg.TEXT);
		double barY = y + 15;
		if (rating == null || rating.score() == null) {
			svg.rect("bar bar--unknown", LEFT, barY, LENGTH, 14, "#ffffff", "stroke", Svg.MUTED, "stroke-dasharray", "4 3",
					"data-condition", condition.name());
			svg.text(LEFT + LENGTH + 8, barY + 11, labels.level(WellBeingScale.UNKNOWN), 12, false, "start", Svg.MUTED);
		}
		else {
			double length = LENGTH * assessment.fraction(rating.score());
			svg.rect("bar", LEFT, barY, length, 14, BAR, "data-condition", condition.name());
			svg.text(LEFT + LENGTH + 8, barY + 11, labels.level(rating.level()), 12, false, "start", Svg.TEXT);
		}
		if (rating != null && rating.childScore() != null) {
			Scales.diamond(svg, "child-view", LEFT + LENGTH * assessment.fraction(rating.childScore()), barY + 7, CHILD);
		}
		svg.closeGroup();
	}

	private static String description(Assessment assessment, ChartLabels labels) {
		return labels.text("monitoring.chart.profile.desc", Scales.mean(assessment, Condition.Domain.FAMILY, labels),
				Scales.mean(assessment, Condition.Domain.SOCIETY, labels), assessment.scaleMax(),
				assessment.ratings().stream().filter(rating -> !rating.known()).count());
	}

}
