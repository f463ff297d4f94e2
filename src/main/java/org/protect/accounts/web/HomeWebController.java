package org.protect.accounts.web;

import java.util.ArrayList;
import java.util.List;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what needs the user's attention, by role.
 */
@Controller
class HomeWebController {

	private final AccountManagement accounts;

	private final RoleNames roleNames;

	HomeWebController(AccountManagement accounts, RoleNames roleNames) {
		this.accounts = accounts;
		this.roleNames = roleNames;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser user = CurrentUser.current().orElseThrow();
		model.addAttribute("roleNames", roleNames.of(user.roles()));
		if (user.has(Role.ADMIN)) {
			model.addAttribute("adminAttention", accounts.attention());
		}
		model.addAttribute("workAreas", workAreas(user));
		// The cases module lists the alerts itself (accounts must not depend on cases): the page loads them.
		model.addAttribute("caseAlerts", worksOnCases(user));
		return "home";
	}

	/** The roles that work on children's cases: they see the cases in the navigation and their alerts here. */
	private static final List<Role> CASE_ROLES = List.of(Role.CASEWORKER, Role.SUPERVISOR, Role.GUARDIAN,
			Role.BORDER_OFFICER, Role.JUDGE);

	static boolean worksOnCases(CurrentUser user) {
		return CASE_ROLES.stream().anyMatch(user::has);
	}

	/** The parts of the work that will list items here as the case and directory modules arrive. */
	private static List<String> workAreas(CurrentUser user) {
		List<String> areas = new ArrayList<>();
		if (user.roles().stream().anyMatch(role -> role != Role.ADMIN && role != Role.ANALYST
				&& role != Role.DIRECTORY_EDITOR)) {
			areas.add("cases");
			if (!worksOnCases(user)) {
				areas.add("alerts");
			}
		}
		if (user.has(Role.CENTRAL_AUTHORITY)) {
			areas.add("requests");
		}
		if (user.has(Role.DIRECTORY_EDITOR)) {
			areas.add("directory");
		}
		if (user.has(Role.ANALYST)) {
			areas.add("statistics");
		}
		return areas;
	}

}
