package org.protect.accounts.web;

import java.util.Collection;
import java.util.stream.Collectors;

import org.protect.accounts.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Roles as words in the user's language, for sentences such as "You work as: Caseworker, Guardian".
 */
@Component
class RoleNames {

	private final MessageSource messages;

	RoleNames(MessageSource messages) {
		this.messages = messages;
	}

	String of(Collection<Role> roles) {
		return roles.stream()
			.sorted()
			.map(role -> messages.getMessage("enum.Role." + role.name(), null, LocaleContextHolder.getLocale()))
			.collect(Collectors.joining(", "));
	}

}
