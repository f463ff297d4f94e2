package org.protect.accounts;

/**
 * The kind of agency an organisation on this node is.
 */
public enum OrganisationType {

	SOCIAL_SERVICES, BORDER_GUARD, POLICE, CENTRAL_AUTHORITY, COURT, GUARDIANSHIP_BODY, NGO, SERVICE_PROVIDER,
	MIGRATION_AUTHORITY, NODE_OPERATOR, OTHER

}
