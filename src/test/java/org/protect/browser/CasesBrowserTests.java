package org.protect.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The issue's path through the case pages in a real browser: a border officer registers a child; the
 * supervisor assigns the work; the caseworker walks the case towards a return, is refused with the missing
 * safeguards when jumping ahead, puts each right where the checklist points, and carries the return out.
 */
class CasesBrowserTests extends BrowserTest {

	private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

	@Test
	void aChildRegisteredAtTheBorderIsWalkedThroughTheGatesToAReturn() {
		// A border officer registers the child; a young child, so that turning 18 does not stop the return.
		signIn("border.se", PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases").setExact(true)).click();
		page.waitForLoadState();
		assertAccessible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a child")).click();
		page.waitForLoadState();
		assertAccessible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the child")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("There is a problem");
		field("register-givenName").fill("Leart");
		field("register-familyName").fill("Browsertest");
		page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();
		field("register-birthYear").fill("2015");
		field("register-nationalityClaimed").fill("AL");
		field("register-language").fill("sq");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the child")).click();
		page.waitForLoadState();
		assertAccessible();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Leart Browsertest");
		String caseUrl = page.url();
		assertThat(page.locator("#screening")).hasCount(0);
		signOut();

		// The supervisor assigns the caseworker as owner and themself as supervisor.
		signIn("supervisor.se", PASSWORD);
		page.navigate(caseUrl);
		assertAccessible();
		addToTeam("caseworker.se", "OWNER");
		addToTeam("supervisor.se", "SUPERVISOR");
		assertThat(page.locator("#team table")).containsText("caseworker.se");
		signOut();

		signIn("caseworker.se", PASSWORD);
		page.navigate(caseUrl);
		assertAccessible();
		assertThat(page.locator("#preview-checklist")).containsText("Screen the child for trafficking");

		// Jumping to Planned too early: refused, with every missing safeguard linked to where it is fixed.
		move("PLANNED", "Plan the return", null);
		Locator refused = page.locator("#refused-checklist");
		assertThat(refused).isVisible();
		assertAccessible();
		assertThat(refused.locator("a[href='#screening']")).isVisible();
		assertThat(refused.locator("a[href='#guardianship']")).isVisible();
		assertThat(refused.locator("a[href='#risk-assessment']")).isVisible();
		assertThat(refused.locator("a[href='#best-interests-assessment']")).isVisible();
		assertThat(refused.locator("a[href='#best-interests-determination']")).isVisible();
		assertThat(refused.locator("a[href='#care-plan']")).isVisible();
		assertThat(stage()).hasText("Identified");

		// Identified -> Protected: screening and an independent guardian, with the receiving guardian's acceptance.
		refused.locator("a[href='#screening']").click();
		field("screening-referralSource").fill("Border guard at Arlanda");
		field("screening-screenedOn").fill(TODAY);
		save("screening");
		field("guardianship-guardian.name").fill("Greta Guardian");
		field("guardianship-guardian.organisation").fill("Överförmyndarnämnden");
		field("guardianship-guardian.appointedOn").fill(TODAY);
		field("guardianship-guardian.decisionReference").fill("ÖFN-2026-1");
		field("guardianship-independenceConfirmed").check();
		field("guardianship-receiving.nameOrAuthority").fill("State Agency for Child Rights, Tirana");
		field("guardianship-receiving.country").fill("AL");
		field("guardianship-receiving.acceptedOn").fill(TODAY);
		field("guardianship-receiving.reference").fill("SACR-77");
		save("guardianship");
		move("PROTECTED", "Safe and represented", "Protected");
		move("VERIFIED", "Identity verified", "Verified");

		// Verified -> Assessed: the risk to the destination, the child's views and the family assessment.
		field("risk-assessment-conclusion").selectOption("FOR_RETURN");
		field("risk-assessment-destinationCountry").fill("AL");
		field("risk-assessment-risksFound").fill("None that stand against a return to the mother.");
		field("risk-assessment-familyContactRisk").fill("Low.");
		field("risk-assessment-assessedOn").fill(TODAY);
		field("risk-assessment-assessedBy").fill("Social services");
		save("risk-assessment");
		field("best-interests-assessment-childViews").fill("I want to go home to my mother.");
		field("best-interests-assessment-participants").fill("Leart, the child\nGreta Guardian, guardian");
		field("best-interests-assessment-assessedOn").fill(TODAY);
		save("best-interests-assessment");
		field("family-assessment-assessedBy").fill("Social services of Tirana");
		field("family-assessment-country").fill("AL");
		field("family-assessment-receivedOn").fill(TODAY);
		field("family-assessment-findings").fill("The mother is able and willing to care.");
		save("family-assessment");
		move("ASSESSED", "Assessments complete", "Assessed");

		// The determination by a panel the approving supervisor did not sit on.
		String bid = "best-interests-determination";
		field(bid + "-panel[0].name").fill("Anna Social Worker");
		field(bid + "-panel[0].role").fill("Social worker");
		field(bid + "-panel[0].noConflictDeclared").check();
		field(bid + "-panel[1].name").fill("Per Psychologist");
		field(bid + "-panel[1].role").fill("Psychologist");
		field(bid + "-panel[1].noConflictDeclared").check();
		field(bid + "-options[0].solution").selectOption("RETURN_FAMILY_REUNIFICATION");
		field(bid + "-options[0].reasonsFor").fill("His mother, his wish");
		field(bid + "-options[0].reasonsAgainst").fill("Travel for a young child");
		field(bid + "-options[1].solution").selectOption("INTEGRATION_HERE");
		field(bid + "-options[1].reasonsFor").fill("Schooling here");
		field(bid + "-options[1].reasonsAgainst").fill("Separation from family");
		field(bid + "-decision").selectOption("RETURN_FAMILY_REUNIFICATION");
		field(bid + "-reasons").fill("Family reunification is in his best interests.");
		field(bid + "-decidedOn").fill(TODAY);
		field(bid + "-reviewOn").fill(LocalDate.parse(TODAY).plusMonths(6).toString());
		save(bid);
		signOut();
		signIn("supervisor.se", PASSWORD);
		page.navigate(caseUrl + "#" + bid);
		page.locator("#" + bid).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve the determination")).click();
		assertThat(page.locator("#" + bid + " .notice").first()).containsText("Approved by supervisor.se");
		assertAccessible();
		signOut();
		signIn("caseworker.se", PASSWORD);
		page.navigate(caseUrl);
		move("DETERMINED", "Return determined", "Determined");

		// The care plan with the hand-over, and the receiving agency's acceptance.
		field("care-plan-goals").fill("Safe return to his mother\nSchooling in Tirana");
		field("care-plan-responsibleHere").fill("Social services Stockholm");
		field("care-plan-receivingAgency").fill("State Agency for Child Rights");
		field("care-plan-receivingCountry").fill("AL");
		field("care-plan-plannedReturnDate").fill(LocalDate.parse(TODAY).plusDays(30).toString());
		field("care-plan-escort").fill("Greta Guardian");
		field("care-plan-handoverPlace").fill("Tirana airport, to the agency's social worker");
		field("care-plan-handoverArranged").check();
		field("care-plan-reviewOn").fill(LocalDate.parse(TODAY).plusMonths(3).toString());
		save("care-plan");
		field("care-plan-acceptance-acceptedOn").fill(TODAY);
		field("care-plan-acceptance-reference").fill("SACR-PLAN-9");
		page.locator("#care-plan-acceptance").getByRole(AriaRole.BUTTON).click();
		assertThat(page.locator("#care-plan-acceptance .notice").first()).containsText("Accepted on");
		assertAccessible();

		move("PLANNED", "Everything is in place", "Planned");
		move("IMPLEMENTED", "Returned and handed over", "Implemented");
		assertThat(page.locator("#preview-checklist")).containsText("follow-up");
		visit(caseUrl.substring(baseUrl().length()) + "/summary");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Case summary");
	}

	private Locator field(String id) {
		return page.locator("[id='" + id + "']");
	}

	private Locator stage() {
		return page.locator("#case-status .summary-list .tag").first();
	}

	private void save(String section) {
		page.locator("#" + section + " > form button[type=submit]").click();
		assertThat(page.locator("#" + section + " .notice").first()).hasText("Saved.");
		assertAccessible();
	}

	/** Asks for a move; htmx replaces the case's status, which then shows the stage, or the refusal. */
	private void move(String to, String reason, String expectedStage) {
		page.locator("#move-to").selectOption(to);
		page.locator("[id='move-reason']").fill(reason);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the case")).click();
		if (expectedStage == null) {
			assertThat(page.locator("#refused-checklist")).isVisible();
		}
		else {
			assertThat(stage()).hasText(expectedStage);
		}
		assertAccessible();
	}

	private void addToTeam(String username, String part) {
		field("team-username").fill(username);
		field("team-part").selectOption(part);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the team")).click();
		page.waitForLoadState();
		assertThat(page.locator("#team .notice")).isVisible();
		assertAccessible();
	}

	private void signOut() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		page.waitForLoadState();
	}

}
