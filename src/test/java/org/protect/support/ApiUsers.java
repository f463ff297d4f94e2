package org.protect.support;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.CreateUserCommand;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.accounts.SaveOrganisationCommand;

/**
 * Synthetic users for API tests, in an organisation of a chosen type, signed in with a bearer token; users
 * whose role requires MFA are enrolled first (through the pages, as a person would).
 */
public final class ApiUsers {

	private static final Pattern SECRET = Pattern.compile("id=\"mfa-secret\">([A-Z2-7]+)<");

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private ApiUsers() {
	}

	/** The first active organisation of the type, created when there is none. */
	public static UUID organisation(AccountManagement accounts, OrganisationType type, String name) {
		return AsAdmin.call(() -> accounts.organisations()
			.stream()
			.filter(organisation -> organisation.active() && organisation.type() == type
					&& (name == null || organisation.name().equals(name)))
			.map(OrganisationSummary::id)
			.findFirst()
			.orElseGet(() -> accounts.saveOrganisation(new SaveOrganisationCommand(null, 0,
					name == null ? "Synthetic " + type : name, type, "SE"))));
	}

	/** Creates a user with the role in the organisation; returns the user name. */
	public static String create(AccountManagement accounts, UUID organisation, Role role) {
		String username = "api." + role.name().toLowerCase().replace('_', '-') + "." + COUNTER.incrementAndGet() + "."
				+ System.nanoTime() % 100_000;
		AsAdmin.run(() -> accounts.createUser(new CreateUserCommand(username, "Synthetic " + username, null,
				organisation, EnumSet.of(role), null, TestUsers.PASSWORD)));
		return username;
	}

	/** A client signed in through the API as the user, enrolling MFA first when {@code mfa}. */
	public static HttpTestClient signedIn(HttpTestClient client, HttpTestClient browser, String username, boolean mfa) {
		if (!mfa) {
			return client.withToken(username, TestUsers.PASSWORD);
		}
		browser.signIn(username, TestUsers.PASSWORD);
		HttpResponse<String> page = browser.get("/account/mfa");
		Matcher matcher = SECRET.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no MFA enrolment page for " + username);
		}
		String secret = matcher.group(1);
		HttpResponse<String> confirmed = browser.postFormWithToken("/account/mfa", HttpTestClient.csrf(page.body()),
				Map.of("code", TestTotp.now(secret)));
		if (confirmed.statusCode() != 200) {
			throw new IllegalStateException("MFA enrolment refused for " + username);
		}
		HttpResponse<String> token = client.postJson("/api/v1/session", "{\"username\":\"" + username
				+ "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\"" + TestTotp.next(secret) + "\"}");
		if (token.statusCode() != 201) {
			throw new IllegalStateException("no token for " + username + ": " + token.body());
		}
		return client.header("Authorization", "Bearer " + HttpTestClient.json(token).get("token").asString());
	}

}
