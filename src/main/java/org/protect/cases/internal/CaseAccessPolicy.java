package org.protect.cases.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.cases.CaseAccess;
import org.protect.cases.CasePermission;
import org.protect.cases.TeamPart;

/**
 * Who sees how much of a case, and may do what with it: the role <i>and</i> the part in the case decide,
 * never one alone. A role without a part gives nothing (a caseworker of another team sees no child), a part
 * without the role gives only what the role allows (a caseworker who became an analyst edits no more).
 * <ul>
 * <li>The case team sees the whole case. Caseworkers and supervisors on it record and move it; a guardian
 * on it records the child's views and notes; a supervisor on it approves, overrides and closes.</li>
 * <li>A judge sees, read-only, the cases disclosed to their court.</li>
 * <li>A border officer sees the registrations they made, and the stage.</li>
 * <li>Caseworkers and supervisors of the owning organisation see that a case exists (number, stage, team);
 * supervisors assign its team.</li>
 * <li>Everyone else: the case does not exist for them.</li>
 * </ul>
 */
final class CaseAccessPolicy {

	private CaseAccessPolicy() {
	}

	static CaseAccess access(CurrentUser user, CaseRow row, List<CaseRepository.MemberRow> members,
			List<CaseRepository.DisclosureRow> disclosures) {
		boolean onTeam = members.stream().anyMatch(member -> member.userId().equals(user.id()));
		if (onTeam && (user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR) || user.has(Role.GUARDIAN))) {
			return CaseAccess.TEAM;
		}
		if (user.has(Role.JUDGE)
				&& disclosures.stream().anyMatch(disclosure -> disclosure.organisationId().equals(user.organisationId()))) {
			return CaseAccess.DISCLOSED;
		}
		if (user.has(Role.BORDER_OFFICER) && row.registeredBy().equals(user.id())) {
			return CaseAccess.REGISTRATION;
		}
		if (staff(user) && row.organisationId().equals(user.organisationId())) {
			return CaseAccess.EXISTENCE;
		}
		return CaseAccess.NONE;
	}

	static Set<CasePermission> permissions(CurrentUser user, CaseRow row, CaseAccess access,
			List<CaseRepository.MemberRow> members) {
		Set<CasePermission> permissions = EnumSet.noneOf(CasePermission.class);
		if (user.has(Role.SUPERVISOR) && row.organisationId().equals(user.organisationId())) {
			permissions.add(CasePermission.ASSIGN);
		}
		if (access == CaseAccess.DISCLOSED) {
			permissions.add(CasePermission.DOWNLOAD);
		}
		if (access != CaseAccess.TEAM) {
			return permissions;
		}
		permissions.add(CasePermission.DOWNLOAD);
		for (CaseRepository.MemberRow member : members) {
			if (!member.userId().equals(user.id())) {
				continue;
			}
			TeamPart part = member.part();
			boolean worker = part == TeamPart.OWNER || part == TeamPart.CASEWORKER || part == TeamPart.SUPERVISOR;
			if (worker && (user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR))) {
				permissions.add(CasePermission.EDIT);
				permissions.add(CasePermission.EDIT_CHILD_VIEWS);
			}
			if (part == TeamPart.GUARDIAN && user.has(Role.GUARDIAN)) {
				permissions.add(CasePermission.EDIT_CHILD_VIEWS);
			}
			if (part == TeamPart.SUPERVISOR && user.has(Role.SUPERVISOR)) {
				permissions.add(CasePermission.SUPERVISE);
			}
		}
		return permissions;
	}

	/** Child-protection staff: they register children and may learn that a case exists in their organisation. */
	static boolean staff(CurrentUser user) {
		return user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR);
	}

	/** Who may register a child. */
	static boolean mayRegister(CurrentUser user) {
		return staff(user) || user.has(Role.BORDER_OFFICER);
	}

	/** Which teams parts a user's roles allow them to take. */
	static boolean mayTake(Set<Role> roles, TeamPart part) {
		return switch (part) {
			case OWNER, CASEWORKER -> roles.contains(Role.CASEWORKER) || roles.contains(Role.SUPERVISOR);
			case GUARDIAN -> roles.contains(Role.GUARDIAN);
			case SUPERVISOR -> roles.contains(Role.SUPERVISOR);
		};
	}

}
