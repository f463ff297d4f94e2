package org.protect.cooperation.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.protect.monitoring.Condition;
import org.protect.monitoring.FollowUpRatings;
import org.protect.monitoring.RatingInput;

/**
 * A follow-up report's ratings as an answer's fields name them, the form's and the API's alike:
 * {@code wellBeing.assessedBy}, {@code wellBeing.childViews}, {@code wellBeing.childNotHeardReason} and
 * {@code wellBeing.ratings.EDUCATION.level} ({@code .justification}, {@code .sources}, {@code .childLevel}).
 */
final class WellBeingFields {

	static final String PREFIX = FollowUpRatings.FIELD + ".";

	private WellBeingFields() {
	}

	/** The answer's fields other than the ratings. */
	static Map<String, String> others(Map<String, String> fields) {
		Map<String, String> others = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (!name.startsWith(PREFIX)) {
				others.put(name, value);
			}
		});
		return others;
	}

	/** Whether any of the ratings' fields was filled in. */
	static boolean given(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.anyMatch(e -> e.getKey().startsWith(PREFIX) && e.getValue() != null && !e.getValue().isBlank());
	}

	/** The ratings as filled in, on no scale yet (the answering node names its own when it checks them). */
	static FollowUpRatings ratings(Map<String, String> fields) {
		Map<String, RatingInput> ratings = new LinkedHashMap<>();
		for (Condition condition : Condition.values()) {
			String prefix = PREFIX + "ratings." + condition.name() + ".";
			ratings.put(condition.name(), new RatingInput(fields.get(prefix + "level"),
					fields.get(prefix + "justification"), fields.get(prefix + "sources"), fields.get(prefix + "childLevel")));
		}
		for (String name : fields.keySet()) {
			// A condition the model does not have is named, so that the rules report it rather than drop it.
			if (name.startsWith(PREFIX + "ratings.")) {
				String code = name.substring((PREFIX + "ratings.").length()).split("\\.", 2)[0];
				ratings.putIfAbsent(code, new RatingInput(null, null, null, null));
			}
		}
		return new FollowUpRatings(null, fields.get(PREFIX + "assessedBy"), ratings, fields.get(PREFIX + "childViews"),
				fields.get(PREFIX + "childNotHeardReason"));
	}

}
