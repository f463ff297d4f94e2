package org.protect.monitoring;

import java.util.List;
import java.util.Locale;

/**
 * The well-being charts as the pages draw them, for documents of other modules (the court report): accessible
 * SVG (role {@code img}, a title and a description that says what the chart shows, and the two again as the
 * {@code alt} text a PDF's tagged figure takes), styled by presentation attributes only, in the reader's language. The assessments come from {@link WellBeingManagement}, which
 * decides who may read them.
 */
public interface WellBeingCharts {

	/** The current situation and the options side by side, one bar per situation for each condition. */
	String comparison(String id, List<Assessment> situations, Locale locale);

	/** The child's situation over the follow-ups, one small chart per condition. */
	String trend(String id, List<Assessment> points, Locale locale);

}
