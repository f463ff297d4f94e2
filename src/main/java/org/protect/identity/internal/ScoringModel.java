package org.protect.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Fellegi–Sunter weights and thresholds of {@code identity/matching.properties}: each
 * agreement level of a field adds log2(m/u) bits.
 */
public final class ScoringModel {

	public static final String RESOURCE = "/identity/matching.properties";

	private final double[][] weights = new double[Field.values().length][Level.values().length];

	private final double[][] m = new double[Field.values().length][Level.values().length];

	private final double[][] u = new double[Field.values().length][Level.values().length];

	private final double likely;

	private final double possible;

	private final double swapPenalty;

	private final double pprlLikely;

	private final double oneToOne;

	private final double pprlOneToOne;

	private final double compatibleBirthM;

	private double birthSpanDays;

	public ScoringModel(Properties properties) {
		for (Field field : Field.values()) {
			for (Level level : Level.values()) {
				String value = properties.getProperty(field.property + "." + level.label);
				int comma = value == null ? -1 : value.indexOf(',');
				if (comma > 0) {
					double agree = Double.parseDouble(value.substring(0, comma).strip());
					double chance = Double.parseDouble(value.substring(comma + 1).strip());
					m[field.ordinal()][level.ordinal()] = agree;
					u[field.ordinal()][level.ordinal()] = chance;
					weights[field.ordinal()][level.ordinal()] = log2(agree / chance);
				}
			}
		}
		this.likely = number(properties, "threshold.likely");
		this.possible = number(properties, "threshold.possible");
		this.swapPenalty = number(properties, "names.swapped.penalty");
		this.pprlLikely = number(properties, "pprl.threshold.likely");
		this.oneToOne = number(properties, "threshold.one-to-one");
		this.pprlOneToOne = number(properties, "pprl.threshold.one-to-one");
		this.compatibleBirthM = number(properties, "birth.compatible.m");
		this.birthSpanDays = number(properties, "birth.span.years") * 365.25;
	}

	public static ScoringModel bundled() {
		try (InputStream in = ScoringModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the class path");
			}
			Properties properties = new Properties();
			properties.load(in);
			return new ScoringModel(properties);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Bits for a field at a level; a level without configured weight is neutral. */
	public double weight(Field field, Level level) {
		return weights[field.ordinal()][level.ordinal()];
	}

	/**
	 * Bits for a level whose u-probability was measured on the data: at most four times rarer than
	 * the configured u (so one odd name cannot outweigh the rest of the record), and no bonus for a
	 * level without a configured weight.
	 */
	public double weight(Field field, Level level, double measuredU) {
		double configuredU = u[field.ordinal()][level.ordinal()];
		if (configuredU == 0) {
			return 0.0;
		}
		return log2(m[field.ordinal()][level.ordinal()] / Math.max(measuredU, configuredU / 4));
	}

	/**
	 * The same model with the span of birth dates measured on the records at hand: the chance
	 * that "born in 2009" fits a stranger is one in the number of years the records span, which
	 * for a register of children is far less than a lifetime.
	 */
	public ScoringModel withBirthSpan(double years) {
		ScoringModel copy = new ScoringModel(this);
		copy.birthSpanDays = Math.max(1.0, years) * 365.25;
		return copy;
	}

	private ScoringModel(ScoringModel other) {
		for (int i = 0; i < weights.length; i++) {
			weights[i] = other.weights[i].clone();
			m[i] = other.m[i].clone();
			u[i] = other.u[i].clone();
		}
		this.likely = other.likely;
		this.possible = other.possible;
		this.swapPenalty = other.swapPenalty;
		this.pprlLikely = other.pprlLikely;
		this.oneToOne = other.oneToOne;
		this.pprlOneToOne = other.pprlOneToOne;
		this.compatibleBirthM = other.compatibleBirthM;
		this.birthSpanDays = other.birthSpanDays;
	}

	/** Bits for two uncertain birth dates that can be the same day: rarer agreement weighs more. */
	public double compatibleBirthWeight(long widestRangeDays) {
		double u = Math.min(1.0, widestRangeDays / birthSpanDays);
		return log2(compatibleBirthM / u);
	}

	public double likelyThreshold() {
		return likely;
	}

	public double possibleThreshold() {
		return possible;
	}

	/** Dice coefficient from which two CLKs count as a likely match. */
	public double pprlLikelyThreshold() {
		return pprlLikely;
	}

	/** Score from which a pair counts when each record may be in one pair only. */
	public double oneToOneThreshold() {
		return oneToOne;
	}

	/** Dice coefficient from which two CLKs count when each record may be in one pair only. */
	public double pprlOneToOneThreshold() {
		return pprlOneToOne;
	}

	public double swapPenalty() {
		return swapPenalty;
	}

	private static double number(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalStateException(RESOURCE + " lacks " + key);
		}
		return Double.parseDouble(value.strip());
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
