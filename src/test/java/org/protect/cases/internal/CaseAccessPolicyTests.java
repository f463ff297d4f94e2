package org.protect.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.cases.CaseAccess;
import org.protect.cases.CasePermission;
import org.protect.cases.CaseStage;
import org.protect.cases.TeamPart;

class CaseAccessPolicyTests {

	private static final UUID ORGANISATION = UUID.randomUUID();

	private static final UUID COURT = UUID.randomUUID();

	private static final UUID REGISTRANT = UUID.randomUUID();

	private static final CaseRow CASE = new CaseRow(UUID.randomUUID(), "SE-2026-000001", ORGANISATION,
			CaseStage.ASSESSED, LocalDate.of(2026, 1, 5), REGISTRANT, "Synthetic Child", "F", null, null, "AL", false,
			false, 0, Instant.EPOCH, "test", Instant.EPOCH, "test");

	private static CurrentUser user(UUID id, UUID organisation, Role... roles) {
		return new CurrentUser(id, "user-" + id, "Synthetic", organisation, "Org", EnumSet.copyOf(List.of(roles)), null);
	}

	private static List<CaseRepository.MemberRow> team(UUID user, TeamPart part) {
		return List.of(new CaseRepository.MemberRow(UUID.randomUUID(), user, part, Instant.EPOCH, "test"));
	}

	@Test
	void aTeamPartWithoutTheMatchingRoleGivesOnlyWhatTheRoleAllows() {
		UUID id = UUID.randomUUID();
		var analyst = user(id, ORGANISATION, Role.ANALYST);
		assertThat(CaseAccessPolicy.access(analyst, CASE, team(id, TeamPart.OWNER), List.of())).isEqualTo(CaseAccess.NONE);

		var caseworker = user(id, ORGANISATION, Role.CASEWORKER);
		assertThat(CaseAccessPolicy.access(caseworker, CASE, team(id, TeamPart.GUARDIAN), List.of()))
			.isEqualTo(CaseAccess.TEAM);
		assertThat(CaseAccessPolicy.permissions(caseworker, CASE, CaseAccess.TEAM, team(id, TeamPart.GUARDIAN)))
			.containsExactly(CasePermission.DOWNLOAD);
	}

	@Test
	void onlyASupervisorInTheSupervisorPartSupervisesAndAnySupervisorOfTheOrganisationAssigns() {
		UUID id = UUID.randomUUID();
		var supervisor = user(id, ORGANISATION, Role.SUPERVISOR);
		Set<CasePermission> asOwner = CaseAccessPolicy.permissions(supervisor, CASE, CaseAccess.TEAM,
				team(id, TeamPart.OWNER));
		assertThat(asOwner).contains(CasePermission.EDIT, CasePermission.ASSIGN).doesNotContain(CasePermission.SUPERVISE);
		assertThat(CaseAccessPolicy.permissions(supervisor, CASE, CaseAccess.TEAM, team(id, TeamPart.SUPERVISOR)))
			.contains(CasePermission.SUPERVISE);
		var elsewhere = user(id, UUID.randomUUID(), Role.SUPERVISOR);
		assertThat(CaseAccessPolicy.access(elsewhere, CASE, List.of(), List.of())).isEqualTo(CaseAccess.NONE);
		assertThat(CaseAccessPolicy.permissions(elsewhere, CASE, CaseAccess.NONE, List.of())).isEmpty();
	}

	@Test
	void aJudgeReadsOnlyWhatIsDisclosedToTheirCourt() {
		var judge = user(UUID.randomUUID(), COURT, Role.JUDGE);
		var disclosed = List.of(new CaseRepository.DisclosureRow(UUID.randomUUID(), COURT, "hearing", Instant.EPOCH, "t"));
		var elsewhere = List.of(
				new CaseRepository.DisclosureRow(UUID.randomUUID(), UUID.randomUUID(), "hearing", Instant.EPOCH, "t"));
		assertThat(CaseAccessPolicy.access(judge, CASE, List.of(), disclosed)).isEqualTo(CaseAccess.DISCLOSED);
		assertThat(CaseAccessPolicy.permissions(judge, CASE, CaseAccess.DISCLOSED, List.of()))
			.containsExactly(CasePermission.DOWNLOAD);
		assertThat(CaseAccessPolicy.access(judge, CASE, List.of(), elsewhere)).isEqualTo(CaseAccess.NONE);
	}

	@Test
	void aBorderOfficerSeesOnlyTheirOwnRegistration() {
		assertThat(CaseAccessPolicy.access(user(REGISTRANT, UUID.randomUUID(), Role.BORDER_OFFICER), CASE, List.of(),
				List.of())).isEqualTo(CaseAccess.REGISTRATION);
		assertThat(CaseAccessPolicy.access(user(UUID.randomUUID(), UUID.randomUUID(), Role.BORDER_OFFICER), CASE,
				List.of(), List.of())).isEqualTo(CaseAccess.NONE);
	}

	@Test
	void colleaguesOfTheOwningOrganisationLearnOnlyThatTheCaseExists() {
		assertThat(CaseAccessPolicy.access(user(UUID.randomUUID(), ORGANISATION, Role.CASEWORKER), CASE, List.of(),
				List.of())).isEqualTo(CaseAccess.EXISTENCE);
		assertThat(CaseAccess.EXISTENCE.showsChild()).isFalse();
		assertThat(CaseAccessPolicy.access(user(UUID.randomUUID(), ORGANISATION, Role.GUARDIAN), CASE, List.of(),
				List.of())).isEqualTo(CaseAccess.NONE);
	}

	@Test
	void onlyTheRightRolesTakeEachPartOfATeam() {
		assertThat(CaseAccessPolicy.mayTake(EnumSet.of(Role.GUARDIAN), TeamPart.OWNER)).isFalse();
		assertThat(CaseAccessPolicy.mayTake(EnumSet.of(Role.GUARDIAN), TeamPart.GUARDIAN)).isTrue();
		assertThat(CaseAccessPolicy.mayTake(EnumSet.of(Role.CASEWORKER), TeamPart.SUPERVISOR)).isFalse();
		assertThat(CaseAccessPolicy.mayTake(EnumSet.of(Role.SUPERVISOR), TeamPart.OWNER)).isTrue();
	}

}
