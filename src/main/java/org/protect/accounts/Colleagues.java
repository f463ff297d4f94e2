package org.protect.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may know of the node's people and organisations, for any signed-in user: enough to
 * name who did what and to add a colleague to a team, never credentials or contact details.
 */
public interface Colleagues {

	/** An active user by user name. */
	Optional<Colleague> byUsername(String username);

	/** Users by id, active or not (history names people who have since left). */
	Map<UUID, Colleague> byIds(Collection<UUID> ids);

	/** The active organisations of a type, by name. */
	List<OrganisationSummary> organisations(OrganisationType type);

	/** Every organisation's name by id, active or not. */
	Map<UUID, String> organisationNames();

	/**
	 * A user of the node as colleagues see them.
	 *
	 * @param id the user's id
	 * @param username their user name
	 * @param displayName their name
	 * @param organisationId their organisation
	 * @param organisationName its name
	 * @param roles their roles
	 * @param active whether the account is active
	 */
	record Colleague(UUID id, String username, String displayName, UUID organisationId, String organisationName,
			java.util.Set<Role> roles, boolean active) {
	}

}
