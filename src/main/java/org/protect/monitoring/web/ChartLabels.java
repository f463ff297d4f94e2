package org.protect.monitoring.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.Assessment;
import org.protect.monitoring.Condition;
import org.protect.monitoring.WellBeingScale;

import org.springframework.context.MessageSource;

/** The words of the charts in the reader's language: names of conditions, levels and situations. */
final class ChartLabels {

	private final MessageSource messages;

	private final Locale locale;

	private final WellBeingScale scale;

	private final boolean printed;

	ChartLabels(MessageSource messages, Locale locale, WellBeingScale scale) {
		this(messages, locale, scale, false);
	}

	/** @param printed the charts are drawn into a PDF ({@link Svg}) */
	ChartLabels(MessageSource messages, Locale locale, WellBeingScale scale, boolean printed) {
		this.messages = messages;
		this.locale = locale;
		this.scale = scale;
		this.printed = printed;
	}

	boolean printed() {
		return printed;
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	String condition(Condition condition) {
		return condition.number() + ". " + text(condition.messageKey());
	}

	/** A level as "4 Adequate"; a level no longer on the scale by its code alone. */
	String level(String code) {
		if (code == null) {
			return text("monitoring.rating.childNone");
		}
		if (WellBeingScale.UNKNOWN.equals(code)) {
			return text(WellBeingScale.UNKNOWN_KEY);
		}
		return scale.level(code).map(level -> code + " " + text(level.label())).orElse(code);
	}

	/** What an assessment is about: the current situation, the option's name, or the follow-up. */
	String situation(Assessment assessment) {
		return switch (assessment.situation()) {
			case CURRENT -> text(AssessedSituation.CURRENT.messageKey());
			case OPTION -> assessment.optionName();
			case FOLLOW_UP -> text("monitoring.followUp.label", assessment.followUpDueOn().toString());
		};
	}

	String country(String code) {
		String name = new Locale("", code).getDisplayCountry(locale);
		return name == null || name.isBlank() ? code : name;
	}

	String decimal(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		format.setMinimumFractionDigits(1);
		return format.format(value);
	}

	WellBeingScale scale() {
		return scale;
	}

}
