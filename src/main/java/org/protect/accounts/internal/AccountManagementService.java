package org.protect.accounts.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.AdministratorAttention;
import org.protect.accounts.CreateUserCommand;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.Role;
import org.protect.accounts.SaveOrganisationCommand;
import org.protect.accounts.UpdateUserCommand;
import org.protect.accounts.UserSummary;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;
import org.protect.shared.i18n.SupportedLanguages;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class AccountManagementService implements AccountManagement {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final OrganisationRepository organisations;

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder encoder;

	private final PasswordPolicy passwords;

	private final MfaPolicy mfa;

	private final AuditLog audit;

	private final SessionTerminator sessions;

	AccountManagementService(OrganisationRepository organisations, UserRepository users, ApiTokenRepository tokens,
			PasswordEncoder encoder, PasswordPolicy passwords, MfaPolicy mfa, AuditLog audit, SessionTerminator sessions) {
		this.organisations = organisations;
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
		this.passwords = passwords;
		this.mfa = mfa;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<OrganisationSummary> organisations() {
		return organisations.findAll();
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public OrganisationSummary organisation(UUID id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException("accounts.organisation.notFound"));
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public UUID saveOrganisation(SaveOrganisationCommand command) {
		var problems = new InvalidInputException.Collector();
		String name = trim(command.name());
		String country = trim(command.country()) == null ? null : command.country().trim().toUpperCase(Locale.ROOT);
		if (name == null) {
			problems.add("name", "validation.required");
		}
		else if (name.length() > 200) {
			problems.add("name", "validation.tooLong", 200);
		}
		else if (organisations.nameTaken(name, command.id())) {
			problems.add("name", "validation.organisation.nameTaken");
		}
		if (command.type() == null) {
			problems.add("type", "validation.required");
		}
		if (country == null || !Set.of(Locale.getISOCountries()).contains(country) && !"XK".equals(country)) {
			problems.add("country", "validation.country");
		}
		problems.throwIfAny();
		Instant now = Instant.now();
		if (command.id() == null) {
			UUID id = UUID.randomUUID();
			organisations.insert(id, name, command.type(), country, now, actor());
			audit.record(AuditEvent.success("ORGANISATION_CREATED", "organisation", id));
			return id;
		}
		organisation(command.id());
		if (!organisations.update(command.id(), command.version(), name, command.type(), country, now, actor())) {
			throw new ConflictException("accounts.changedMeanwhile");
		}
		audit.record(AuditEvent.success("ORGANISATION_UPDATED", "organisation", command.id()));
		return command.id();
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public void setOrganisationActive(UUID id, boolean active) {
		organisation(id);
		boolean holdsAdministrator = users.findAll(null, id)
			.stream()
			.anyMatch(user -> user.active() && user.roles().contains(Role.ADMIN));
		// Deactivating an organisation shuts out its users; an active administrator must remain elsewhere.
		if (!active && holdsAdministrator && users.countActiveWithRoleExcluding(Role.ADMIN, null, id) == 0) {
			throw new ConflictException("accounts.lastAdministrator");
		}
		organisations.setActive(id, active, Instant.now(), actor());
		if (!active) {
			sessions.endSessionsOf(users.findAll(null, id).stream().map(UserRecord::username).toList());
		}
		audit.record(AuditEvent.success(active ? "ORGANISATION_REACTIVATED" : "ORGANISATION_DEACTIVATED",
				"organisation", id));
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<UserSummary> users(String text, UUID organisationId) {
		return users.findAll(text, organisationId).stream().map(UserRecord::toSummary).toList();
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public UserSummary user(UUID id) {
		return record(id).toSummary();
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public UUID createUser(CreateUserCommand command) {
		var problems = new InvalidInputException.Collector();
		String username = trim(command.username()) == null ? null : command.username().trim().toLowerCase(Locale.ROOT);
		if (username == null) {
			problems.add("username", "validation.required");
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add("username", "validation.username.format");
		}
		else if (users.existsByUsername(username)) {
			problems.add("username", "validation.username.taken");
		}
		checkProfile(problems, command.displayName(), command.email(), command.organisationId(), command.roles(),
				command.language());
		for (String key : passwords.check(username, command.password())) {
			problems.add("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH, PasswordPolicy.MIN_DISTINCT);
		}
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		users.insert(id, username, command.displayName().trim(), trim(command.email()), command.organisationId(),
				encoder.encode(command.password()), language(command.language()), roles(command.roles()), Instant.now(),
				actor());
		audit.record(AuditEvent.success("USER_CREATED", "app_user", id).withDetails("roles " + roles(command.roles())));
		return id;
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public void updateUser(UpdateUserCommand command) {
		UserRecord current = record(command.id());
		var problems = new InvalidInputException.Collector();
		checkProfile(problems, command.displayName(), command.email(), command.organisationId(), command.roles(),
				command.language());
		problems.throwIfAny();
		Set<Role> roles = roles(command.roles());
		if (current.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && current.active()) {
			ensureAnotherAdministrator(current.id());
		}
		if (!users.update(command.id(), command.version(), command.displayName().trim(), trim(command.email()),
				command.organisationId(), language(command.language()), roles, Instant.now(), actor())) {
			throw new ConflictException("accounts.changedMeanwhile");
		}
		String details = current.roles().equals(roles) ? null : "roles " + current.roles() + " -> " + roles;
		if (details != null) {
			// A role taken away must not stay usable in an open session.
			sessions.endSessionsOf(java.util.List.of(current.username()));
		}
		audit.record(AuditEvent.success("USER_UPDATED", "app_user", command.id()).withDetails(details));
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public void setUserActive(UUID id, boolean active) {
		UserRecord user = record(id);
		if (!active && user.active() && user.roles().contains(Role.ADMIN)) {
			ensureAnotherAdministrator(id);
		}
		users.setActive(id, active, Instant.now(), actor());
		if (!active) {
			tokens.revokeAllOf(id, Instant.now());
			sessions.endSessionsOf(java.util.List.of(user.username()));
		}
		audit.record(AuditEvent.success(active ? "USER_REACTIVATED" : "USER_DEACTIVATED", "app_user", id));
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public void resetPassword(UUID id, String newPassword) {
		UserRecord user = record(id);
		checkPassword(user.username(), newPassword, "password");
		users.setPassword(id, encoder.encode(newPassword), Instant.now(), actor());
		tokens.revokeAllOf(id, Instant.now());
		sessions.endSessionsOf(java.util.List.of(user.username()));
		audit.record(AuditEvent.success("PASSWORD_RESET", "app_user", id));
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public void resetMfa(UUID id) {
		UserRecord user = record(id);
		users.resetTotp(id, Instant.now(), actor());
		tokens.revokeAllOf(id, Instant.now());
		sessions.endSessionsOf(java.util.List.of(user.username()));
		audit.record(AuditEvent.success("MFA_RESET", "app_user", id));
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public void unlock(UUID id) {
		record(id);
		users.unlock(id, Instant.now(), actor());
		audit.record(AuditEvent.success("USER_UNLOCKED", "app_user", id));
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public AdministratorAttention attention() {
		Instant now = Instant.now();
		List<UserRecord> all = users.findAll(null, null);
		return new AdministratorAttention(
				all.stream().filter(u -> u.lockedAt(now)).map(UserRecord::toSummary).toList(),
				all.stream()
					.filter(u -> u.active() && !u.totpEnabled() && mfa.requiredFor(u.roles()))
					.map(UserRecord::toSummary)
					.toList());
	}

	@Override
	public boolean mfaRequiredFor(Set<Role> roles) {
		return mfa.requiredFor(roles);
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(String currentPassword, String newPassword) {
		UserRecord user = record(self().id());
		if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
			throw new InvalidInputException(
					List.of(new InvalidInputException.FieldProblem("currentPassword", "validation.password.wrong")));
		}
		checkPassword(user.username(), newPassword, "newPassword");
		users.setPassword(user.id(), encoder.encode(newPassword), Instant.now(), user.username());
		audit.record(AuditEvent.success("PASSWORD_CHANGED", "app_user", user.id()));
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void setOwnLanguage(String language) {
		if (language != null && !language.isBlank() && SupportedLanguages.find(language).isEmpty()) {
			throw new InvalidInputException(
					List.of(new InvalidInputException.FieldProblem("language", "validation.language")));
		}
		CurrentUser user = self();
		users.setLanguage(user.id(), language(language), Instant.now(), user.username());
		audit.record(AuditEvent.success("PROFILE_UPDATED", "app_user", user.id()));
	}

	private void checkProfile(InvalidInputException.Collector problems, String displayName, String email,
			UUID organisationId, Set<Role> roles, String language) {
		if (trim(displayName) == null) {
			problems.add("displayName", "validation.required");
		}
		else if (displayName.trim().length() > 200) {
			problems.add("displayName", "validation.tooLong", 200);
		}
		if (trim(email) != null && (!EMAIL.matcher(email.trim()).matches() || email.trim().length() > 254)) {
			problems.add("email", "validation.email");
		}
		if (organisationId == null
				|| organisations.findById(organisationId).filter(OrganisationSummary::active).isEmpty()) {
			problems.add("organisationId", "validation.organisation.unknown");
		}
		if (roles == null || roles.isEmpty()) {
			problems.add("roles", "validation.roles.required");
		}
		if (trim(language) != null && SupportedLanguages.find(language).isEmpty()) {
			problems.add("language", "validation.language");
		}
	}

	private void checkPassword(String username, String password, String field) {
		var problems = new InvalidInputException.Collector();
		for (String key : passwords.check(username, password)) {
			problems.add(field, key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH, PasswordPolicy.MIN_DISTINCT);
		}
		problems.throwIfAny();
	}

	/** Refuses a change that would leave the node without an active administrator. */
	private void ensureAnotherAdministrator(UUID leaving) {
		if (users.countActiveWithRoleExcluding(Role.ADMIN, leaving, null) == 0) {
			throw new ConflictException("accounts.lastAdministrator");
		}
	}

	private UserRecord record(UUID id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("accounts.user.notFound"));
	}

	private static CurrentUser self() {
		return CurrentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	private static String actor() {
		return self().username();
	}

	private static Set<Role> roles(Set<Role> roles) {
		return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	private static String language(String language) {
		return SupportedLanguages.find(language).map(Locale::getLanguage).orElse(null);
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
