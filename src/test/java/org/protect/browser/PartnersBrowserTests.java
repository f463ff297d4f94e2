package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An administrator on the partner nodes page: sees this node's fingerprint to hand out, and gets clear,
 * accessible refusals when pairing goes wrong.
 */
class PartnersBrowserTests extends BrowserTest {

	@Test
	void anAdministratorSeesThisNodesFingerprintAndClearRefusalsWhenPairingFails() {
		signIn("admin", PASSWORD);
		visit("/admin/partners");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Partner nodes");
		// Other tests share this node and may have added partners: the page lists them or says there are none.
		assertThat(page.locator("main p.empty, main table.table").first()).isVisible();
		String fingerprint = page.locator("#self-title ~ dl code").first().textContent().trim();
		org.assertj.core.api.Assertions.assertThat(fingerprint).hasSize(43);

		page.getByLabel("Address of the partner node").fill("ftp://nowhere");
		page.getByLabel("Fingerprint of the partner's signing key").fill("too-short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the partner")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("starting with https:// or http://");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("43 letters, digits");

		// This node's own address: a partner must be another node.
		page.getByLabel("Address of the partner node").fill(baseUrl());
		page.getByLabel("Fingerprint of the partner's signing key").fill(fingerprint);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the partner")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("leads to this node itself");
	}

}
