package org.protect.accounts.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first accounts of a new node. On an empty database, demo mode creates synthetic organisations of
 * the node's country and one user per role, all with the demo password; outside demo mode only an
 * administrator is created, with a random password printed once, so that an operator can sign in and
 * enrol MFA.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserRepository users;

	private final OrganisationRepository organisations;

	private final PasswordEncoder encoder;

	private final NodeProperties node;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final boolean demo;

	private final String demoPassword;

	DemoData(UserRepository users, OrganisationRepository organisations, PasswordEncoder encoder, NodeProperties node,
			AuditLog audit, TransactionTemplate transaction, @Value("${protect.demo.enabled:false}") boolean demo,
			@Value("${protect.demo.password:}") String demoPassword) {
		this.users = users;
		this.organisations = organisations;
		this.encoder = encoder;
		this.node = node;
		this.audit = audit;
		this.transaction = transaction;
		this.demo = demo;
		this.demoPassword = demoPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(tx -> {
			if (users.count() > 0) {
				return;
			}
			if (demo) {
				createDemo();
			}
			else {
				createInitialAdministrator();
			}
		});
	}

	private void createDemo() {
		boolean generated = demoPassword.isBlank();
		String password = generated ? randomPassword() : demoPassword;
		// Every demo user has the same password: hash it once (Argon2 is slow by design).
		String hash = encoder.encode(password);
		String cc = node.countryLowerCase();
		Map<OrganisationType, UUID> orgs = new LinkedHashMap<>();
		for (OrganisationType type : EnumSet.of(OrganisationType.NODE_OPERATOR, OrganisationType.SOCIAL_SERVICES,
				OrganisationType.BORDER_GUARD, OrganisationType.CENTRAL_AUTHORITY, OrganisationType.COURT,
				OrganisationType.GUARDIANSHIP_BODY, OrganisationType.NGO)) {
			UUID id = UUID.randomUUID();
			organisations.insert(id, "Demo " + label(type) + " (" + node.country() + ")", type, node.country(),
					Instant.now(), "demo");
			orgs.put(type, id);
		}
		create("admin", "Demo Administrator", orgs.get(OrganisationType.NODE_OPERATOR), EnumSet.of(Role.ADMIN), hash);
		create("caseworker." + cc, "Demo Caseworker", orgs.get(OrganisationType.SOCIAL_SERVICES),
				EnumSet.of(Role.CASEWORKER), hash);
		create("supervisor." + cc, "Demo Supervisor", orgs.get(OrganisationType.SOCIAL_SERVICES),
				EnumSet.of(Role.SUPERVISOR), hash);
		create("guardian." + cc, "Demo Guardian", orgs.get(OrganisationType.GUARDIANSHIP_BODY),
				EnumSet.of(Role.GUARDIAN), hash);
		create("border." + cc, "Demo Border Officer", orgs.get(OrganisationType.BORDER_GUARD),
				EnumSet.of(Role.BORDER_OFFICER), hash);
		create("central." + cc, "Demo Central Authority Officer", orgs.get(OrganisationType.CENTRAL_AUTHORITY),
				EnumSet.of(Role.CENTRAL_AUTHORITY), hash);
		create("judge." + cc, "Demo Judge", orgs.get(OrganisationType.COURT), EnumSet.of(Role.JUDGE), hash);
		create("ngo." + cc, "Demo NGO Worker", orgs.get(OrganisationType.NGO), EnumSet.of(Role.SERVICE_PROVIDER),
				hash);
		create("editor." + cc, "Demo Directory Editor", orgs.get(OrganisationType.CENTRAL_AUTHORITY),
				EnumSet.of(Role.DIRECTORY_EDITOR), hash);
		// A second editor, so that the four-eyes review of directory changes can be tried in the demo.
		create("reviewer." + cc, "Demo Directory Reviewer", orgs.get(OrganisationType.CENTRAL_AUTHORITY),
				EnumSet.of(Role.DIRECTORY_EDITOR), hash);
		create("analyst." + cc, "Demo Analyst", orgs.get(OrganisationType.CENTRAL_AUTHORITY), EnumSet.of(Role.ANALYST),
				hash);
		audit.record(AuditEvent.success("DEMO_DATA_CREATED", null, null).by("system"));
		String shown = generated ? password : "(the password given in protect.demo.password)";
		log.warn("""

				=== Protect demo node ({}) ===
				Demo accounts: admin, caseworker.{cc}, supervisor.{cc}, guardian.{cc}, border.{cc}, central.{cc},
				judge.{cc}, ngo.{cc}, editor.{cc}, reviewer.{cc}, analyst.{cc}
				Password: {}
				Synthetic demo data only; never use demo mode for real children's data.
				""".replace("{cc}", cc), node.country(), shown);
	}

	private void createInitialAdministrator() {
		UUID org = UUID.randomUUID();
		organisations.insert(org, node.name() + " operator", OrganisationType.NODE_OPERATOR, node.country(),
				Instant.now(), "system");
		String password = randomPassword();
		create("admin", "Administrator", org, EnumSet.of(Role.ADMIN), encoder.encode(password));
		log.warn("""

				=== First start of {} ===
				An administrator account was created: user 'admin', password: {}
				This password is shown once. Sign in, enrol MFA, then create named administrators.
				""", node.name(), password);
	}

	private void create(String username, String displayName, UUID organisation, Set<Role> roles, String passwordHash) {
		UUID id = UUID.randomUUID();
		users.insert(id, username, displayName, null, organisation, passwordHash, null, roles,
				Instant.now(), "system");
		audit.record(AuditEvent.success("USER_CREATED", "app_user", id).withDetails("roles " + roles).by("system"));
	}

	private static String label(OrganisationType type) {
		return switch (type) {
			case NODE_OPERATOR -> "Node Operator";
			case SOCIAL_SERVICES -> "Municipal Social Services";
			case BORDER_GUARD -> "Border Guard";
			case CENTRAL_AUTHORITY -> "Central Authority";
			case COURT -> "District Court";
			case GUARDIANSHIP_BODY -> "Guardianship Office";
			case NGO -> "Child Rights NGO";
			default -> type.name();
		};
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
