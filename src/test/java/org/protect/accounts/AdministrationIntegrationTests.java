package org.protect.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.support.AsAdmin;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AdministrationIntegrationTests extends IntegrationTest {

	@Autowired
	AccountManagement accounts;

	@Test
	void onlyAdministratorsReachTheAdministrationPages() {
		HttpTestClient caseworker = client();
		caseworker.signIn("caseworker.se", PASSWORD);
		HttpResponse<String> refused = caseworker.get("/admin/users");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("You do not have access to this page").doesNotContain("Exception");
		assertThat(caseworker.get("/admin/audit").statusCode()).isEqualTo(403);

		HttpTestClient admin = client();
		admin.signIn("admin", PASSWORD);
		HttpResponse<String> users = admin.get("/admin/users");
		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(users.body()).contains("caseworker.se");
	}

	@Test
	void onlyAdministratorsUseTheAccountsApi() {
		HttpResponse<String> refused = client().withToken("caseworker.se", PASSWORD).get("/api/v1/users");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(HttpTestClient.json(refused).get("code").asString()).isEqualTo("forbidden");
		HttpResponse<String> allowed = client().withToken("admin", PASSWORD).get("/api/v1/users");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(HttpTestClient.json(allowed).findValuesAsString("username")).contains("admin", "caseworker.se");
	}

	@Test
	void theServiceItselfRefusesNonAdministrators() {
		assertThatThrownBy(() -> accounts.users(null, null)).isInstanceOf(
				org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void anAdministratorCreatesAUserWhoCanThenSignIn() {
		HttpTestClient admin = client();
		admin.signIn("admin", PASSWORD);
		String organisation = AsAdmin.call(() -> accounts.organisations().get(0).id().toString());
		HttpResponse<String> created = admin.postForm("/admin/users/new", "/admin/users/new",
				Map.of("username", "created.by.form", "displayName", "Synthetic Form User", "organisationId",
						organisation, "roles", "GUARDIAN", "password", TestUsers.PASSWORD));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(HttpTestClient.location(created)).contains("/admin/users/");
		assertThat(HttpTestClient.location(client().signIn("created.by.form", TestUsers.PASSWORD))).endsWith("/");
	}

	@Test
	void theCreateFormShowsEveryProblemAndKeepsWhatWasTyped() {
		HttpTestClient admin = client();
		admin.signIn("admin", PASSWORD);
		HttpResponse<String> refused = admin.postForm("/admin/users/new", "/admin/users/new",
				Map.of("username", "Bad Name!", "displayName", "Kept Display Name", "email", "not-an-address",
						"password", "short"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("There is a problem")
			.contains("href=\"#username\"")
			.contains("Use 3 to 64 small letters")
			.contains("Enter an e-mail address")
			.contains("Choose an active organisation")
			.contains("Choose at least one role")
			.contains("at least 12 characters")
			.contains("Kept Display Name")
			.doesNotContain("value=\"short\"");
	}

	@Test
	void refusesWeakPasswordsWithTheRuleTheyBreak() {
		var error = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
				() -> AsAdmin.run(() -> accounts.createUser(new CreateUserCommand("weak.password.user", "Synthetic",
						null, AsAdmin.call(() -> accounts.organisations().get(0).id()), Set.of(Role.CASEWORKER), null,
						"weak.password.user.1"))));
		assertThat(error.problems()).extracting(InvalidInputException.FieldProblem::messageKey)
			.contains("validation.password.containsUsername");
		var common = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
				() -> AsAdmin.run(() -> accounts.createUser(new CreateUserCommand("common.password.user", "Synthetic",
						null, AsAdmin.call(() -> accounts.organisations().get(0).id()), Set.of(Role.CASEWORKER), null,
						"password1234"))));
		assertThat(common.problems()).extracting(InvalidInputException.FieldProblem::messageKey)
			.containsExactly("validation.password.common");
	}

	@Test
	void nobodyCanRemoveTheLastAdministrator() {
		List<UserSummary> admins = AsAdmin.call(() -> accounts.users(null, null))
			.stream()
			.filter(user -> user.active() && user.roles().contains(Role.ADMIN))
			.toList();
		assertThat(admins).hasSize(1);
		UserSummary admin = admins.get(0);
		assertThatThrownBy(() -> AsAdmin.run(() -> accounts.setUserActive(admin.id(), false)))
			.isInstanceOf(ConflictException.class)
			.hasMessage("accounts.lastAdministrator");
		assertThatThrownBy(() -> AsAdmin.run(() -> accounts.updateUser(new UpdateUserCommand(admin.id(),
				admin.version(), admin.displayName(), null, admin.organisationId(), EnumSet.of(Role.CASEWORKER), null))))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> AsAdmin.run(() -> accounts.setOrganisationActive(admin.organisationId(), false)))
			.isInstanceOf(ConflictException.class);
		HttpResponse<String> viaApi = client().withToken("admin", PASSWORD)
			.postJson("/api/v1/users/" + admin.id() + "/deactivation", "{}");
		assertThat(viaApi.statusCode()).isEqualTo(409);
		assertThat(AsAdmin.call(() -> accounts.user(admin.id())).active()).isTrue();
	}

	@Test
	void aSecondAdministratorCanBeDeactivated() {
		String second = TestUsers.create(accounts, Role.ADMIN);
		UserSummary user = AsAdmin.call(() -> accounts.users(second, null).get(0));
		AsAdmin.run(() -> accounts.setUserActive(user.id(), false));
		assertThat(AsAdmin.call(() -> accounts.user(user.id())).active()).isFalse();
	}

	@Test
	void aStaleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
		String username = TestUsers.create(accounts, Role.CASEWORKER);
		UserSummary user = AsAdmin.call(() -> accounts.users(username, null).get(0));
		AsAdmin.run(() -> accounts.updateUser(new UpdateUserCommand(user.id(), user.version(), "First Edit", null,
				user.organisationId(), user.roles(), null)));
		assertThatThrownBy(() -> AsAdmin.run(() -> accounts.updateUser(new UpdateUserCommand(user.id(), user.version(),
				"Second Edit", null, user.organisationId(), user.roles(), null))))
			.isInstanceOf(ConflictException.class);
		assertThat(AsAdmin.call(() -> accounts.user(user.id())).displayName()).isEqualTo("First Edit");
	}

	@Test
	void nonAdministratorsAreRefusedByTheServiceEvenWhenSignedIn() {
		var caseworker = new CurrentUser(java.util.UUID.randomUUID(), "x", "x", java.util.UUID.randomUUID(), "x",
				Set.of(Role.CASEWORKER), null);
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.protect.accounts.internal.Authorities.full(caseworker));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			assertThatThrownBy(() -> accounts.users(null, null)).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

}
