package org.protect.monitoring.web;

import java.util.List;
import java.util.Locale;

import org.protect.monitoring.Assessment;
import org.protect.monitoring.WellBeingCharts;
import org.protect.monitoring.WellBeingScale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of the well-being pages, offered to other modules' documents (printed: with alternative text). */
@Component
class SvgWellBeingCharts implements WellBeingCharts {

	private final MessageSource messages;

	private final WellBeingScale scale;

	SvgWellBeingCharts(MessageSource messages, WellBeingScale scale) {
		this.messages = messages;
		this.scale = scale;
	}

	@Override
	public String comparison(String id, List<Assessment> situations, Locale locale) {
		return ComparisonChart.render(id, situations, new ChartLabels(messages, locale, scale, true));
	}

	@Override
	public String trend(String id, List<Assessment> points, Locale locale) {
		return TrendChart.render(id, points, new ChartLabels(messages, locale, scale, true));
	}

}
