package org.protect.cases;

import java.time.LocalDate;

/**
 * The risk and safety assessment, made before anyone contacts the family or the country of origin.
 *
 * @param conclusion what it concludes about a return or transfer
 * @param destinationCountry the destination assessed (ISO 3166-1 alpha-2); required unless not applicable
 * @param risksFound the risks found, here and at the destination
 * @param familyContactRisk the risk that contacting the family or the country of origin would pose
 * @param disclosureEndangers disclosing the child's whereabouts or data would endanger the child or family:
 *        stops cross-border sharing of the case
 * @param assessedOn when
 * @param assessedBy who (names and organisations)
 */
public record RiskAssessment(RiskConclusion conclusion, String destinationCountry, String risksFound,
		String familyContactRisk, boolean disclosureEndangers, LocalDate assessedOn, String assessedBy) {
}
