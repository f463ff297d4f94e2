package org.protect.cases;

import java.util.UUID;

/**
 * Refers the child to another organisation on this node for a service.
 *
 * @param organisationId the organisation
 * @param service what is asked for (shelter, medical care, legal aid, schooling, psychological support)
 * @param basis the child's consent or the legal basis
 * @param basisDetail for a legal basis, which law; for consent, how it was given
 */
public record ReferralCommand(UUID organisationId, String service, ReferralBasis basis, String basisDetail) {
}
