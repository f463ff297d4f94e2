package org.protect.accounts.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.protect.accounts.Colleagues;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.OrganisationType;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ColleaguesService implements Colleagues {

	private final UserRepository users;

	private final OrganisationRepository organisations;

	ColleaguesService(UserRepository users, OrganisationRepository organisations) {
		this.users = users;
		this.organisations = organisations;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public Optional<Colleague> byUsername(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return users.findByUsername(username.strip()).filter(UserRecord::active).map(ColleaguesService::colleague);
	}

	@Override
	public Map<UUID, Colleague> byIds(Collection<UUID> ids) {
		Map<UUID, Colleague> found = new LinkedHashMap<>();
		// One query for all: a case page names every member of its team.
		users.findByIds(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
			.forEach(user -> found.put(user.id(), colleague(user)));
		return found;
	}

	@Override
	public List<OrganisationSummary> organisations(OrganisationType type) {
		return organisations.findAll()
			.stream()
			.filter(organisation -> organisation.active() && organisation.type() == type)
			.toList();
	}

	@Override
	public Map<UUID, String> organisationNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		organisations.findAll().forEach(organisation -> names.put(organisation.id(), organisation.name()));
		return names;
	}

	private static Colleague colleague(UserRecord user) {
		return new Colleague(user.id(), user.username(), user.displayName(), user.organisationId(),
				user.organisationName(), user.roles(), user.active());
	}

}
