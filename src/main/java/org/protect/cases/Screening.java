package org.protect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The trafficking and exploitation screening: the indicators found, per type of exploitation (an empty
 * map when none was found), the child's immediate needs and who referred the child.
 *
 * @param indicators the indicators found, by type; codes from {@link ExploitationType#indicators()}
 * @param immediateNeeds what the child needs now (shelter, medical care, food, an interpreter)
 * @param referralSource who brought the child to attention (border guard, police, school, NGO, self)
 * @param screenedOn when the screening was done
 */
public record Screening(Map<ExploitationType, List<String>> indicators, String immediateNeeds, String referralSource,
		LocalDate screenedOn) {

	public Screening {
		indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
	}

	/** Whether any indicator was found: the child is then treated as a presumed victim. */
	public boolean indicatorsFound() {
		return indicators.values().stream().anyMatch(codes -> codes != null && !codes.isEmpty());
	}

}
