package org.protect.cases;

import java.time.LocalDate;

/**
 * A family or carer assessment, possibly made in the other country at this node's request.
 *
 * @param assessedBy who made it (agency, country)
 * @param country where the family or carer lives (ISO 3166-1 alpha-2)
 * @param receivedOn when it was received
 * @param findings what it found about the family's or carer's capacity and willingness to care
 */
public record FamilyAssessment(String assessedBy, String country, LocalDate receivedOn, String findings) {
}
