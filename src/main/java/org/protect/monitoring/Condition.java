package org.protect.monitoring;

/**
 * The 14 conditions for a child's development of the Best Interests of the Child model (University of
 * Groningen): seven about the family the child grows up in, seven about the society around them. Their
 * names and descriptions, in our own words, are in the {@code monitoring} message bundle.
 */
public enum Condition {

	ADEQUATE_PHYSICAL_CARE(Domain.FAMILY),
	SAFE_DIRECT_PHYSICAL_ENVIRONMENT(Domain.FAMILY),
	AFFECTIVE_ATMOSPHERE(Domain.FAMILY),
	SUPPORTIVE_FLEXIBLE_STRUCTURE(Domain.FAMILY),
	ADEQUATE_EXAMPLES_BY_PARENTS(Domain.FAMILY),
	INTEREST(Domain.FAMILY),
	CONTINUITY_IN_UPBRINGING(Domain.FAMILY),
	SAFE_WIDER_PHYSICAL_ENVIRONMENT(Domain.SOCIETY),
	RESPECT(Domain.SOCIETY),
	SOCIAL_NETWORK(Domain.SOCIETY),
	EDUCATION(Domain.SOCIETY),
	CONTACT_WITH_PEERS(Domain.SOCIETY),
	ADEQUATE_EXAMPLES_IN_SOCIETY(Domain.SOCIETY),
	STABILITY_IN_LIFE_CIRCUMSTANCES(Domain.SOCIETY);

	/** Where a condition lies: in the family, or in the society around it. */
	public enum Domain {

		FAMILY, SOCIETY;

		public String messageKey() {
			return "monitoring.domain." + name();
		}

	}

	private final Domain domain;

	Condition(Domain domain) {
		this.domain = domain;
	}

	public Domain domain() {
		return domain;
	}

	/** The condition's number in the model, 1 to 14. */
	public int number() {
		return ordinal() + 1;
	}

	/** The message key of the condition's name, e.g. {@code monitoring.condition.EDUCATION}. */
	public String messageKey() {
		return "monitoring.condition." + name();
	}

	/** The message key of what the condition covers. */
	public String descriptionKey() {
		return messageKey() + ".description";
	}

	/** The condition of a code, or {@code null} for an unknown code. */
	public static Condition of(String code) {
		for (Condition condition : values()) {
			if (condition.name().equals(code)) {
				return condition;
			}
		}
		return null;
	}

}
