package org.protect.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scale the conditions are rated on, as the node is configured ({@code protect.monitoring.scale}): its
 * levels from worst to best, each with a code, a score and the message key of its name (its description
 * under the same key with {@code .description}). {@link #UNKNOWN} is always offered besides them.
 */
public record WellBeingScale(List<Level> levels) {

	/** The code of "not enough information to rate". */
	public static final String UNKNOWN = "UNKNOWN";

	public static final String UNKNOWN_KEY = "monitoring.scale.UNKNOWN";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

	/**
	 * One level of the scale.
	 *
	 * @param code what is stored and sent, e.g. {@code 4}
	 * @param score its place on the scale, higher is better
	 * @param label the message key of its name
	 */
	public record Level(String code, int score, String label) {

		public String descriptionKey() {
			return label + ".description";
		}

	}

	public WellBeingScale {
		levels = List.copyOf(levels == null ? List.of() : levels);
		if (levels.size() < 2) {
			throw new IllegalArgumentException("protect.monitoring.scale needs at least two levels");
		}
		for (int i = 0; i < levels.size(); i++) {
			Level level = levels.get(i);
			if (level.code() == null || !CODE.matcher(level.code()).matches() || UNKNOWN.equals(level.code())) {
				throw new IllegalArgumentException("protect.monitoring.scale[" + i + "].code must be 1-20 letters, digits,"
						+ " '-' or '_', and not " + UNKNOWN + ": '" + level.code() + "'");
			}
			if (level.label() == null || level.label().isBlank()) {
				throw new IllegalArgumentException("protect.monitoring.scale[" + i + "].label needs a message key");
			}
			if (i > 0 && level.score() <= levels.get(i - 1).score()) {
				throw new IllegalArgumentException("protect.monitoring.scale: scores must rise from worst to best");
			}
			for (int j = 0; j < i; j++) {
				if (levels.get(j).code().equals(level.code())) {
					throw new IllegalArgumentException("protect.monitoring.scale: code " + level.code() + " twice");
				}
			}
		}
	}

	public Optional<Level> level(String code) {
		return levels.stream().filter(level -> level.code().equals(code)).findFirst();
	}

	/** Whether a code is a level of this scale or {@link #UNKNOWN}. */
	public boolean accepts(String code) {
		return UNKNOWN.equals(code) || level(code).isPresent();
	}

	public int min() {
		return levels.get(0).score();
	}

	public int max() {
		return levels.get(levels.size() - 1).score();
	}

	/**
	 * The level nearest to a place on the scale given as a fraction from 0 (worst) to 1 (best), e.g. to map a
	 * demo profile written for one scale onto another.
	 */
	public Level atFraction(double fraction) {
		double clamped = Math.max(0, Math.min(1, fraction));
		return levels.get((int) Math.round(clamped * (levels.size() - 1)));
	}

}
