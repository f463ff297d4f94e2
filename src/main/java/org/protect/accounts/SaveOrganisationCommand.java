package org.protect.accounts;

import java.util.UUID;

/**
 * An organisation to create ({@code id} null) or change ({@code version} as seen by the administrator).
 */
public record SaveOrganisationCommand(UUID id, int version, String name, OrganisationType type, String country) {
}
