package org.protect.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.CreateUserCommand;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.Role;

/**
 * Creates synthetic users for a test, each with a fresh user name so that tests do not disturb each
 * other's lock-outs and enrolments.
 */
public final class TestUsers {

	public static final String PASSWORD = "correct-horse-battery-staple";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestUsers() {
	}

	public static String create(AccountManagement accounts, Role first, Role... more) {
		String username = "test." + first.name().toLowerCase().replace('_', '-') + "." + COUNTER.incrementAndGet() + "."
				+ System.nanoTime() % 100_000;
		Set<Role> roles = EnumSet.of(first, more);
		AsAdmin.run(() -> {
			OrganisationSummary organisation = accounts.organisations()
				.stream()
				.filter(OrganisationSummary::active)
				.findFirst()
				.orElseThrow();
			accounts.createUser(new CreateUserCommand(username, "Synthetic Test User", null, organisation.id(), roles,
					null, PASSWORD));
		});
		return username;
	}

}
