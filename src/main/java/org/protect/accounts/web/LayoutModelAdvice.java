package org.protect.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.accounts.internal.Authorities;
import org.protect.shared.NodeProperties;
import org.protect.shared.i18n.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the node, the signed-in user, the navigation their roles open, and
 * the language switch.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	private final NodeProperties node;

	private final MessageSource messages;

	LayoutModelAdvice(NodeProperties node, MessageSource messages) {
		this.node = node;
		this.messages = messages;
	}

	@ModelAttribute("node")
	NodeProperties node() {
		return node;
	}

	/** The node's country in the page's language, e.g. "Latvia", "Lettland", "Latvija". */
	@ModelAttribute("nodeCountryName")
	String nodeCountryName() {
		return new Locale("", node.country()).getDisplayCountry(LocaleContextHolder.getLocale());
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.current().orElse(null);
	}

	@ModelAttribute("languages")
	List<Language> languages() {
		Locale current = LocaleContextHolder.getLocale();
		return SupportedLanguages.ALL.stream()
			.map(locale -> new Language(locale.getLanguage(),
					messages.getMessage("language." + locale.getLanguage(), null, locale),
					locale.getLanguage().equals(current.getLanguage())))
			.toList();
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation(HttpServletRequest request) {
		List<NavItem> items = new ArrayList<>();
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI();
		boolean signedIn = Authorities.has(authentication, Authorities.USER);
		if (signedIn) {
			items.add(new NavItem("nav.home", "/", "/".equals(path)));
		}
		// The directory and the guide are for everyone, signed in or not.
		items.add(new NavItem("nav.directory", "/directory",
				path.startsWith("/directory") && !path.startsWith("/directory/editor")));
		items.add(new NavItem("nav.guide", "/guide", path.startsWith("/guide")));
		if (!signedIn) {
			items.add(new NavItem("nav.signIn", "/login", path.startsWith("/login")));
			return items;
		}
		CurrentUser user = currentUser();
		if (HomeWebController.worksOnCases(user)) {
			items.add(new NavItem("nav.cases", "/cases", path.startsWith("/cases")));
		}
		if (user.has(Role.CENTRAL_AUTHORITY)) {
			items.add(new NavItem("cooperation.nav.inbox", "/cooperation/inbox", path.startsWith("/cooperation")));
		}
		if (user.has(Role.ANALYST)) {
			items.add(new NavItem("statistics.nav", "/statistics", path.startsWith("/statistics")));
		}
		if (user.has(Role.DIRECTORY_EDITOR)) {
			items.add(new NavItem("nav.directoryEditor", "/directory/editor", path.startsWith("/directory/editor")));
		}
		if (user.has(Role.ADMIN)) {
			items.add(new NavItem("nav.users", "/admin/users", path.startsWith("/admin/users")));
			items.add(new NavItem("nav.organisations", "/admin/organisations", path.startsWith("/admin/organisations")));
			items.add(new NavItem("nav.audit", "/admin/audit", path.startsWith("/admin/audit")));
			items.add(new NavItem("cooperation.nav.partners", "/admin/partners", path.startsWith("/admin/partners")));
		}
		items.add(new NavItem("nav.account", "/account", path.startsWith("/account")));
		return items;
	}

	record Language(String code, String name, boolean current) {
	}

	record NavItem(String labelKey, String href, boolean current) {
	}

}
