package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.monitoring.Condition;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A caseworker asks a partner node for information on a child: the form, the preview of exactly what would
 * leave the node, the thread; and a central authority's inbox. Accessible on every page. (The partner is
 * registered directly, with real keys and an address that leads nowhere: the two-node tests cover delivery.)
 */
class CooperationBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCaseworkerPreviewsAndSendsARequestAndACentralAuthorityOpensItsInbox() throws Exception {
		UUID partner = UUID.randomUUID();
		ECKey signing = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
		ECKey encryption = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).keyIDFromThumbprint(true).generate();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("""
				INSERT INTO cooperation.partner (node_id, country, name, base_url, fingerprint, keys, status,
				    created_at, created_by, updated_at, updated_by)
				VALUES (?, 'LV', 'Synthetic Latvian browser node', ?, ?, ?, 'ACTIVE', ?, 'test', ?, 'test')""", partner,
				"http://127.0.0.1:9/browser-" + partner, signing.computeThumbprint().toString(),
				new JWKSet(List.of(signing.toPublicJWK(), encryption.toPublicJWK())).toString(true), now, now);
		HttpTestClient api = client().withToken("caseworker.se", PASSWORD);
		String caseId = HttpTestClient.json(api.postJson("/api/v1/cases", """
				{"givenName": "Elira", "familyName": "Browsercoop", "sex": "F", "birthYear": 2013, "nationalityClaimed": "AL"}"""))
			.get("id")
			.asString();

		signIn("caseworker.se", PASSWORD);
		visit("/cases/" + caseId);
		assertThat(page.locator("#cross-border")).isVisible();
		visit("/cooperation/cases/" + caseId + "/requests/new?type=INFORMATION");
		page.locator("#partnerNodeId").selectOption(partner.toString());
		page.locator("#legalBasis-0").check();
		page.locator("#message").fill("Please send a social report on the family.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show what would be sent")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.locator("#preview-payload")).containsText("Browsercoop");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and send")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.locator("main")).containsText("The request was sent.");
		visit("/cases/" + caseId);
		assertThat(page.locator("#case-requests")).containsText("Information or social report");
		assertAccessible();

		// A central authority officer enrols two-step verification and opens the queue.
		page.context().clearCookies();
		String officer = ApiUsers.create(accounts,
				ApiUsers.organisation(accounts, OrganisationType.CENTRAL_AUTHORITY, null), Role.CENTRAL_AUTHORITY);
		signIn(officer, TestUsers.PASSWORD);
		enrolTwoStepVerification();
		visit("/cooperation/inbox");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

		// An incoming request (as the receiving side stores it; the two-node tests cover its arrival).
		UUID incoming = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO cooperation.request (id, conversation_id, type, direction, partner_node, partner_case_number,
				    legal_basis, state, send_rule, deadline, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, 'FAMILY_ASSESSMENT', 'INCOMING', ?, 'LV-BROWSER-1', 'Hague 1996 art. 32', 'DELIVERED',
				    'CENTRAL_AUTHORITY', current_date + 90, ?, 'system', ?, 'system')""", incoming, UUID.randomUUID(),
				partner, now, now);
		jdbc.update("""
				INSERT INTO cooperation.request_message (id, request_id, message_id, direction, kind, payload, created_at,
				    created_by)
				VALUES (?, ?, ?, 'INCOMING', 'REQUEST', ?, ?, 'system')""", UUID.randomUUID(), incoming, UUID.randomUUID(),
				"{\"message\": \"Please assess the aunt.\", \"familyMembers\": \"Synthetic aunt\", \"case\": {}}", now);
		visit("/cooperation/requests/" + incoming);
		assertAccessible();
		page.locator("[id='fields[note]']").fill("Synthetic: a visit is planned.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge the request")).click();
		page.waitForLoadState();
		assertThat(page.locator("#request-summary")).containsText("Acknowledged");
		// A decline without reasons is refused beside its field.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline the request")).click();
		page.waitForLoadState();
		assertThat(page.locator("#decline-section .error-summary")).isVisible();
		assertAccessible();
		page.locator("[id='fields[report]']").fill("Synthetic assessment: the aunt can care for her.");
		page.locator("[id='fields[familyCanCare]-YES']").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer")).click();
		page.waitForLoadState();
		assertThat(page.locator("main")).containsText("The answer was sent to the partner node.");
		assertThat(page.locator("#thread")).containsText("Synthetic assessment: the aunt can care for her.");
		assertAccessible();

		// A follow-up report is answered with the child's well-being on each of the 14 conditions.
		UUID followUp = UUID.randomUUID();
		jdbc.update("""
				INSERT INTO cooperation.request (id, conversation_id, type, direction, partner_node, partner_case_number,
				    legal_basis, state, send_rule, deadline, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, 'FOLLOW_UP_REPORT', 'INCOMING', ?, 'LV-BROWSER-2', 'Brussels IIb art. 80', 'DELIVERED',
				    'TEAM', current_date + 20, ?, 'system', ?, 'system')""", followUp, UUID.randomUUID(), partner, now,
				now);
		jdbc.update("""
				INSERT INTO cooperation.request_message (id, request_id, message_id, direction, kind, payload, created_at,
				    created_by)
				VALUES (?, ?, ?, 'INCOMING', 'REQUEST', ?, ?, 'system')""", UUID.randomUUID(), followUp, UUID.randomUUID(),
				"{\"message\": \"Please send the 1-month follow-up.\", \"dueOn\": \"2026-12-20\", \"case\": {}}", now);
		visit("/cooperation/requests/" + followUp);
		assertThat(page.locator("#answer-section")).containsText("Well-being of the child at the follow-up");
		assertAccessible();
		page.locator("[id='fields[report]']").fill("Synthetic: she lives with her aunt and goes to school.");
		page.locator("[id='fields[seenOn]']").fill(java.time.LocalDate.now().toString());
		page.locator("[id='fields[wellBeing.assessedBy]']").fill("Synthetic social worker, orphan's court");
		for (Condition condition : Condition.values()) {
			String prefix = "fields[wellBeing.ratings." + condition.name() + ".";
			page.locator("[id='" + prefix + "level]-4']").check();
			page.locator("[id='" + prefix + "justification]']").fill("Synthetic observation");
			if (condition != Condition.RESPECT) {
				page.locator("[id='" + prefix + "sources]']").fill("Synthetic home visit");
			}
		}
		page.locator("[id='fields[wellBeing.ratings.EDUCATION.childLevel]-5']").check();
		page.locator("[id='fields[wellBeing.childViews]']").fill("Synthetic: I like my new school.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer")).click();
		page.waitForLoadState();
		// One source left out: refused beside its field, the rest kept.
		assertThat(page.locator("#answer-section .error-summary a[href='#fields[wellBeing.ratings.RESPECT.sources]']"))
			.isVisible();
		assertThat(page.locator("[id='fields[wellBeing.ratings.EDUCATION.childLevel]-5']")).isChecked();
		assertAccessible();
		page.locator("[id='fields[wellBeing.ratings.RESPECT.sources]']").fill("Synthetic talk with her teacher");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer")).click();
		page.waitForLoadState();
		assertThat(page.locator("main")).containsText("The answer was sent to the partner node.");
		assertThat(page.locator("#thread")).containsText("Synthetic: I like my new school.");
		assertAccessible();
	}

}
