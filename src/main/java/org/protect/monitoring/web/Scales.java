package org.protect.monitoring.web;

import org.protect.monitoring.Assessment;
import org.protect.monitoring.Condition;
import org.protect.monitoring.WellBeingScale;

/** What the charts share: the scale's axis, the child's marker, means for the descriptions. */
final class Scales {

	private Scales() {
	}

	/**
	 * The scale along the top: a light line at each level's end, with its code, from {@code top} down to
	 * {@code bottom}, on the scale the assessment was made on.
	 */
	static void axis(Svg svg, Assessment assessment, WellBeingScale scale, double left, double length, double top,
			double bottom) {
		for (int score = assessment.scaleMin(); score <= assessment.scaleMax(); score++) {
			int current = score;
			var level = scale.levels().stream().filter(l -> l.score() == current).findFirst();
			if (level.isEmpty()) {
				continue;
			}
			double x = left + length * assessment.fraction(score);
			svg.line(x, top, x, bottom, Svg.GRID, 1);
			svg.text(x, top - 4, level.get().code(), 11, false, "middle", Svg.MUTED);
		}
	}

	static void diamond(Svg svg, String cssClass, double x, double y, String fill) {
		String d = "M" + Svg.num(x) + " " + Svg.num(y - 7) + " L" + Svg.num(x + 6) + " " + Svg.num(y) + " L"
				+ Svg.num(x) + " " + Svg.num(y + 7) + " L" + Svg.num(x - 6) + " " + Svg.num(y) + " Z";
		svg.element("path", "class", cssClass, "d", d, "fill", fill, "stroke", "#ffffff", "stroke-width", "1.5");
	}

	/** The mean score of the known ratings of a domain, or "–" when none is known. */
	static String mean(Assessment assessment, Condition.Domain domain, ChartLabels labels) {
		var scores = assessment.ratings()
			.stream()
			.filter(rating -> rating.condition().domain() == domain && rating.known())
			.mapToInt(rating -> rating.score())
			.summaryStatistics();
		return scores.getCount() == 0 ? "–" : labels.decimal(scores.getAverage());
	}

}
