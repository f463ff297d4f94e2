package org.protect.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.protect.accounts.Role;

class MfaPolicyTests {

	@Test
	void outsideDemoModeEveryRoleThatSeesChildrensDataRequiresMfa() {
		MfaPolicy policy = new MfaPolicy(properties(null), false);
		for (Role role : List.of(Role.ADMIN, Role.CASEWORKER, Role.SUPERVISOR, Role.GUARDIAN, Role.BORDER_OFFICER,
				Role.CENTRAL_AUTHORITY, Role.JUDGE, Role.SERVICE_PROVIDER)) {
			assertThat(policy.requiredFor(Set.of(role))).as(role.name()).isTrue();
		}
		assertThat(policy.requiredFor(Set.of(Role.ANALYST))).isFalse();
		assertThat(policy.requiredFor(Set.of(Role.DIRECTORY_EDITOR))).isFalse();
		assertThat(policy.requiredFor(Set.of(Role.DIRECTORY_EDITOR, Role.JUDGE))).isTrue();
	}

	@Test
	void inDemoModeNothingRequiresMfaUnlessConfigured() {
		assertThat(new MfaPolicy(properties(null), true).requiredRoles()).isEmpty();
		assertThat(new MfaPolicy(properties(List.of("judge", " GUARDIAN ")), true).requiredRoles())
			.containsExactlyInAnyOrder(Role.JUDGE, Role.GUARDIAN);
	}

	@Test
	void anExplicitEmptyListRequiresNothingEvenOutsideDemoMode() {
		assertThat(new MfaPolicy(properties(List.of("")), false).requiredRoles()).isEmpty();
	}

	@Test
	void refusesAnUnknownRoleAtStartUp() {
		assertThatThrownBy(() -> new MfaPolicy(properties(List.of("CASEWROKER")), false))
			.hasMessageContaining("unknown role 'CASEWROKER'");
	}

	private static SecurityProperties properties(List<String> roles) {
		return new SecurityProperties(Duration.ofHours(8), Duration.ofHours(8),
				new SecurityProperties.Lockout(5, Duration.ofMinutes(15)), roles);
	}

}
