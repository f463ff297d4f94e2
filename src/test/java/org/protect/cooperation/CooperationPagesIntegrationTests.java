package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.cooperation.internal.PayloadSeal;
import org.protect.monitoring.Condition;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;
import org.protect.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of cross-border requests on one node, signed in through the form: the central authority's
 * inbox is its own, a caseworker sees exactly what would leave before anything is sent, and a draft waits
 * for a second person's approval. The partner is a synthetic row whose address leads nowhere, so nothing
 * is delivered; the two-node tests cover delivery.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CooperationPagesIntegrationTests extends IntegrationTest {

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PayloadSeal seal;

	private String caseworker;

	private String centralAuthority;

	private UUID partner;

	private HttpTestClient officer;

	@BeforeAll
	void setUp() throws JOSEException {
		UUID social = ApiUsers.organisation(accounts, OrganisationType.SOCIAL_SERVICES, null);
		caseworker = ApiUsers.create(accounts, social, Role.CASEWORKER);
		centralAuthority = ApiUsers.create(accounts,
				ApiUsers.organisation(accounts, OrganisationType.CENTRAL_AUTHORITY, null), Role.CENTRAL_AUTHORITY);
		partner = UUID.randomUUID();
		ECKey signing = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
		ECKey encryption = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.ENCRYPTION).keyIDFromThumbprint(true)
			.generate();
		String keys = new JWKSet(java.util.List.of(signing.toPublicJWK(), encryption.toPublicJWK())).toString(true);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("""
				INSERT INTO cooperation.partner (node_id, country, name, base_url, fingerprint, keys, status,
				    created_at, created_by, updated_at, updated_by)
				VALUES (?, 'LV', 'Synthetic Latvian node', ?, ?, ?, 'ACTIVE', ?, 'test', ?, 'test')""", partner,
				"http://127.0.0.1:9/pages-" + partner, signing.computeThumbprint().toString(), keys, now, now);
	}

	@Test
	void theInboxIsRefusedToACaseworker() {
		HttpTestClient client = as(caseworker);
		HttpResponse<String> inbox = client.get("/cooperation/inbox");
		assertThat(inbox.statusCode()).isIn(403, 404);
		assertThat(inbox.body()).doesNotContain("id=\"inbox-incoming\"").doesNotContain("id=\"inbox-drafts\"");
		assertThat(client.get("/").body()).doesNotContain("href=\"/cooperation/inbox\"");
	}

	@Test
	void theCentralAuthoritySeesItsInboxInTheNavigation() {
		HttpTestClient officer = officer();
		HttpResponse<String> inbox = officer.get("/cooperation/inbox");
		assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
		assertThat(inbox.body()).contains("Cross-border inbox").contains("href=\"/cooperation/inbox\"");
	}

	@Test
	void aCaseworkerSeesTheMinimisedPayloadAndLegalBasisAndNothingLeavesUntilConfirmed() {
		HttpTestClient client = as(caseworker);
		String casePath = register(client, "Arta", "Previewtest");
		String caseId = casePath.substring("/cases/".length());
		assertThat(client.get(casePath).body()).contains("id=\"cross-border\"")
			.contains("/cooperation/cases/" + caseId + "/requests/new");

		String formPage = "/cooperation/cases/" + caseId + "/requests/new?type=INFORMATION";
		HttpResponse<String> page = client.get(formPage);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Hague 1996 art. 34").contains("Brussels IIb art. 80");

		long queued = outboxTo();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "INFORMATION");
		form.put("partnerNodeId", partner.toString());
		form.put("legalBasis", "Hague 1996 art. 34");
		form.put("message", "Please send a social report on the family.");
		form.put("fields[questions]", "Where does the grandmother live?");
		HttpResponse<String> preview = client.postForm(formPage, "/cooperation/cases/" + caseId + "/requests/preview",
				form);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(preview.body()).contains("id=\"preview-payload\"")
			.contains("<dd id=\"preview-legal-basis\">Hague 1996 art. 34</dd>")
			.contains("Synthetic Latvian node (LV)")
			.contains("Please send a social report on the family.")
			.contains("Where does the grandmother live?")
			.contains("Arta")
			.contains("Previewtest")
			// Information carries the identity only: no care plan, no assessment leaves.
			.doesNotContain("carePlan")
			.doesNotContain("bestInterests")
			.contains("Confirm and send");
		assertThat(requestsOf(caseId)).isZero();
		assertThat(outboxTo()).isEqualTo(queued);

		HttpResponse<String> sent = client.postFormWithToken("/cooperation/cases/" + caseId + "/requests",
				HttpTestClient.csrf(preview.body()), form);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		String thread = HttpTestClient.location(sent);
		assertThat(thread).matches(".*/cooperation/requests/[0-9a-f-]{36}$");
		assertThat(requestsOf(caseId)).isEqualTo(1);
		assertThat(outboxTo()).isEqualTo(queued + 1);

		HttpResponse<String> threadPage = client.get(thread.substring(thread.indexOf("/cooperation/")));
		assertThat(threadPage.statusCode()).isEqualTo(200);
		assertThat(threadPage.body()).contains("The request was sent.")
			.contains("Hague 1996 art. 34")
			.contains("Where does the grandmother live?")
			.contains("Sent")
			.doesNotContain("id=\"answer-section\"");
	}

	@Test
	void anIncompleteRequestShowsItsProblemsBesideTheFieldsAndNoPreview() {
		HttpTestClient client = as(caseworker);
		String caseId = register(client, "Besa", "Invalidtest").substring("/cases/".length());
		String formPage = "/cooperation/cases/" + caseId + "/requests/new?type=PLACEMENT_CONSENT";
		HttpResponse<String> refused = client.postForm(formPage, "/cooperation/cases/" + caseId + "/requests/preview",
				Map.of("type", "PLACEMENT_CONSENT", "partnerNodeId", partner.toString(), "legalBasis",
						"Brussels IIb art. 82", "message", "Consent, please."));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("class=\"error-summary\"")
			.contains("href=\"#fields[reasons]\"")
			.contains("href=\"#fields[expectedDuration]\"")
			.contains("href=\"#fields[funding]\"")
			.doesNotContain("id=\"preview-payload\"");
		assertThat(requestsOf(caseId)).isZero();
	}

	@Test
	void aPlacementConsentWaitsForAnotherPersonsApproval() {
		HttpTestClient client = as(caseworker);
		String caseId = register(client, "Dritan", "Drafttest").substring("/cases/".length());
		long queued = outboxTo();
		Map<String, String> form = Map.of("type", "PLACEMENT_CONSENT", "partnerNodeId", partner.toString(),
				"legalBasis", "Hague 1996 art. 33", "message", "We ask for consent to a foster placement.", "fields[reasons]",
				"The aunt lives in Riga and can care for him.");
		HttpResponse<String> preview = client.postForm(
				"/cooperation/cases/" + caseId + "/requests/new?type=PLACEMENT_CONSENT",
				"/cooperation/cases/" + caseId + "/requests/preview", form);
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(preview.body()).contains("Confirm and pass on for approval");
		HttpResponse<String> drafted = client.postFormWithToken("/cooperation/cases/" + caseId + "/requests",
				HttpTestClient.csrf(preview.body()), form);
		assertThat(drafted.statusCode()).isEqualTo(302);
		String thread = HttpTestClient.location(drafted);
		thread = thread.substring(thread.indexOf("/cooperation/"));
		assertThat(outboxTo()).isEqualTo(queued);
		assertThat(client.get(thread).body()).contains("Draft").doesNotContain("Approve and send");

		HttpTestClient officer = officer();
		assertThat(officer.get("/cooperation/inbox").body()).contains(thread);
		HttpResponse<String> page = officer.get(thread);
		assertThat(page.body()).contains("Approve and send");
		HttpResponse<String> approved = officer.postFormWithToken(thread + "/approval", HttpTestClient.csrf(page.body()),
				Map.of());
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(officer.get(thread).body()).contains("The request was approved and sent.")
			.doesNotContain("Approve and send");
		assertThat(outboxTo()).isEqualTo(queued + 1);
	}

	@Test
	void theCentralAuthorityAnswersAnIncomingPlacementConsentThatACaseworkerCannotSee() {
		UUID id = incoming("PLACEMENT_CONSENT", "Brussels IIb art. 82", """
				{"message": "We ask for consent to a placement with the aunt.", "reasons": "Synthetic reasons",
				 "expectedDuration": "12 months", "funding": "Paid by the sending municipality",
				 "case": {"givenName": "Synthetic"}}""");
		String thread = "/cooperation/requests/" + id;
		assertThat(as(caseworker).get(thread).statusCode()).isEqualTo(404);

		HttpTestClient officer = officer();
		assertThat(officer.get("/cooperation/inbox").body()).contains(thread)
			.contains("LV-SYNTH-7")
			.contains("Synthetic Latvian node (LV)");
		HttpResponse<String> page = officer.get(thread);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Brussels IIb art. 82")
			.contains("We ask for consent to a placement with the aunt.")
			.contains("Incoming")
			.contains("id=\"answer-section\"")
			.contains("Consent to the placement")
			.contains("Refuse the placement");
		long queued = outboxTo();

		HttpResponse<String> refused = officer.postFormWithToken(thread + "/answer", HttpTestClient.csrf(page.body()),
				Map.of("fields[reasons]", "No decision yet"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("href=\"#fields[decision]\"").contains("No decision yet");
		assertThat(outboxTo()).isEqualTo(queued);

		HttpResponse<String> answered = officer.postFormWithToken(thread + "/answer", HttpTestClient.csrf(page.body()),
				Map.of("fields[decision]", "CONSENT", "fields[reasons]", "The aunt was assessed."));
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(outboxTo()).isEqualTo(queued + 1);
		assertThat(officer.get(thread).body()).contains("The answer was sent to the partner node.")
			.contains("Answered")
			.contains("The aunt was assessed.")
			.doesNotContain("id=\"answer-section\"");
	}

	@Test
	void theCentralAuthorityAcknowledgesThenDeclinesAnIncomingRequestWithReasons() {
		UUID id = incoming("INFORMATION", "Hague 1996 art. 32", """
				{"message": "Please send a social report.", "case": {"givenName": "Synthetic"}}""");
		String thread = "/cooperation/requests/" + id;
		HttpTestClient officer = officer();
		HttpResponse<String> page = officer.get(thread);
		assertThat(page.body()).contains("id=\"acknowledgement-section\"")
			.contains("id=\"answer-section\"")
			.contains("id=\"decline-section\"")
			.doesNotContain("id=\"withdrawal-section\"")
			.doesNotContain("Follow-up scheduled for")
			.doesNotContain("id=\"well-being-title\"");
		long queued = outboxTo();
		HttpResponse<String> acknowledged = officer.postFormWithToken(thread + "/acknowledgement",
				HttpTestClient.csrf(page.body()), Map.of("fields[note]", "Synthetic: we are on it"));
		assertThat(acknowledged.statusCode()).isEqualTo(302);
		page = officer.get(thread);
		assertThat(page.body()).contains("Acknowledged").doesNotContain("id=\"acknowledgement-section\"");
		assertThat(outboxTo()).isEqualTo(queued + 1);

		HttpResponse<String> bare = officer.postFormWithToken(thread + "/decline", HttpTestClient.csrf(page.body()),
				Map.of());
		assertThat(bare.statusCode()).isEqualTo(422);
		assertThat(bare.body()).contains("href=\"#fields[reasons]\"");
		assertThat(outboxTo()).isEqualTo(queued + 1);
		HttpResponse<String> declined = officer.postFormWithToken(thread + "/decline", HttpTestClient.csrf(page.body()),
				Map.of("fields[reasons]", "Synthetic: the family is unknown here"));
		assertThat(declined.statusCode()).isEqualTo(302);
		assertThat(officer.get(thread).body()).contains("The request was declined")
			.contains("Declined")
			.doesNotContain("id=\"decline-section\"");
		assertThat(outboxTo()).isEqualTo(queued + 2);
	}

	@Test
	void theCentralAuthorityAnswersAFollowUpWithTheWellBeingRatingsOfEachCondition() {
		UUID id = incoming("FOLLOW_UP_REPORT", "Brussels IIb art. 80", """
				{"message": "Please send the follow-up report.", "dueOn": "2026-12-20", "case": {"givenName": "Synthetic"}}""");
		String thread = "/cooperation/requests/" + id;
		HttpTestClient officer = officer();
		HttpResponse<String> page = officer.get(thread);
		assertThat(page.body()).contains("id=\"answer-section\"")
			.contains("Well-being of the child at the follow-up")
			.contains("id=\"fields[wellBeing.ratings.EDUCATION.level]-4\"")
			.contains("id=\"fields[wellBeing.ratings.STABILITY_IN_LIFE_CIRCUMSTANCES.childLevel]-UNKNOWN\"");
		long queued = outboxTo();

		Map<String, String> form = new LinkedHashMap<>();
		form.put("fields[report]", "Synthetic: she lives with her aunt.");
		form.put("fields[seenOn]", LocalDate.now().toString());
		form.put("fields[wellBeing.assessedBy]", "Synthetic social worker");
		form.put("fields[wellBeing.ratings.EDUCATION.level]", "4");
		form.put("fields[wellBeing.ratings.EDUCATION.justification]", "Synthetic: attends school every day");
		HttpResponse<String> half = officer.postFormWithToken(thread + "/answer", HttpTestClient.csrf(page.body()), form);
		assertThat(half.statusCode()).isEqualTo(422);
		// Each missing rating is linked from the summary; what was typed stays.
		assertThat(half.body()).contains("href=\"#fields[wellBeing.ratings.RESPECT.level]\"")
			.contains("href=\"#fields[wellBeing.ratings.EDUCATION.sources]\"")
			.contains("href=\"#fields[wellBeing.childViews]\"")
			.doesNotContain("href=\"#fields[wellBeing.ratings.EDUCATION.level]\"")
			.contains("Synthetic: attends school every day");
		assertThat(outboxTo()).isEqualTo(queued);

		for (Condition condition : Condition.values()) {
			String prefix = "fields[wellBeing.ratings." + condition.name() + ".";
			form.put(prefix + "level]", "4");
			form.put(prefix + "justification]", "Synthetic observation");
			form.put(prefix + "sources]", "Synthetic home visit");
		}
		form.put("fields[wellBeing.childNotHeardReason]", "Synthetic: she did not want to talk that day");
		HttpResponse<String> answered = officer.postFormWithToken(thread + "/answer", HttpTestClient.csrf(page.body()),
				form);
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);
		assertThat(outboxTo()).isEqualTo(queued + 1);
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT id, payload FROM cooperation.request_message WHERE request_id = ? AND kind = 'ANSWER'", id);
		// Kept sealed: the child's words are not in the table; opened, the ratings are all there.
		assertThat((String) row.get("payload")).startsWith("sealed:v1:").doesNotContain("talk that day");
		String sent = seal.open(PayloadSeal.Place.REQUEST_MESSAGE, (UUID) row.get("id"), (String) row.get("payload"));
		assertThat(sent).contains("\"wellBeing\"").contains("\"STABILITY_IN_LIFE_CIRCUMSTANCES\"")
			.contains("Synthetic: she did not want to talk that day");
	}

	@Test
	void aReturnFormAsksForItsDatesAndAnOutgoingRequestCanBeWithdrawnFromItsThread() {
		HttpTestClient client = as(caseworker);
		String caseId = register(client, "Gezim", "Returntest").substring("/cases/".length());
		HttpResponse<String> form = client.get("/cooperation/cases/" + caseId + "/requests/new?type=RETURN_TRANSFER");
		assertThat(form.body()).contains("type=\"date\"")
			.contains("name=\"fields[plannedDate]\"")
			.contains("name=\"fields[handoverPlace]\"");
		HttpResponse<String> noPlan = client.postForm("/cooperation/cases/" + caseId + "/requests/new?type=RETURN_TRANSFER",
				"/cooperation/cases/" + caseId + "/requests/preview",
				Map.of("type", "RETURN_TRANSFER", "partnerNodeId", partner.toString(), "legalBasis",
						"Hague 1996 art. 32", "message", "Return, please.", "fields[receivingGuardian]", "Synthetic court",
						"fields[plannedDate]", "not a day", "fields[escort]", "Synthetic escort",
						"fields[handoverPlace]", "Synthetic airport"));
		assertThat(noPlan.statusCode()).isEqualTo(422);
		assertThat(noPlan.body()).contains("href=\"#fields[plannedDate]\"").contains("not a day");

		Map<String, String> information = Map.of("type", "INFORMATION", "partnerNodeId", partner.toString(), "legalBasis",
				"Hague 1996 art. 32", "message", "Please send a social report.");
		HttpResponse<String> preview = client.postForm("/cooperation/cases/" + caseId + "/requests/new",
				"/cooperation/cases/" + caseId + "/requests/preview", information);
		HttpResponse<String> sent = client.postFormWithToken("/cooperation/cases/" + caseId + "/requests",
				HttpTestClient.csrf(preview.body()), information);
		String thread = HttpTestClient.location(sent);
		thread = thread.substring(thread.indexOf("/cooperation/"));
		HttpResponse<String> page = client.get(thread);
		assertThat(page.body()).contains("id=\"withdrawal-section\"").doesNotContain("id=\"answer-section\"");
		HttpResponse<String> withdrawn = client.postFormWithToken(thread + "/withdrawal", HttpTestClient.csrf(page.body()),
				Map.of("fields[reasons]", "Synthetic: sent by mistake"));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(client.get(thread).body()).contains("The request was withdrawn")
			.contains("Withdrawn")
			.doesNotContain("id=\"withdrawal-section\"");
		// The request had not been delivered (the partner is not reachable): it is not sent any more.
		assertThat(jdbc.queryForObject("""
				SELECT o.state FROM cooperation.outbox o JOIN cooperation.request_message m ON m.message_id = o.message_id
				WHERE m.request_id = ?::uuid AND m.kind = 'REQUEST'""", String.class,
				thread.substring(thread.lastIndexOf('/') + 1))).isEqualTo("WITHDRAWN");
	}

	@Test
	void theCaseTeamAsksPartnersWhetherTheyKnowTheChildAndTheCentralAuthoritySeesPartnersQueries() {
		HttpTestClient client = as(caseworker);
		String caseId = register(client, "Ilir", "Querytest").substring("/cases/".length());
		String list = "/cooperation/cases/" + caseId + "/requests";
		HttpResponse<String> page = client.get(list);
		assertThat(page.body()).contains("id=\"identity-queries\"")
			.contains("name=\"partnerNodeIds\"")
			.contains("No partner has been asked about this child.");
		HttpResponse<String> none = client.postFormWithToken("/cooperation/cases/" + caseId + "/identity-queries",
				HttpTestClient.csrf(page.body()), Map.of());
		assertThat(HttpTestClient.location(none)).endsWith(list);
		assertThat(client.get(list).body()).contains("Tick at least one partner node.");
		long queued = outboxTo();
		HttpResponse<String> asked = client.postFormWithToken("/cooperation/cases/" + caseId + "/identity-queries",
				HttpTestClient.csrf(page.body()), Map.of("partnerNodeIds", partner.toString()));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(client.get(list).body()).contains("The partners were asked.")
			.contains("id=\"identity-query-list\"")
			.contains("Waiting for the answer")
			.contains("Synthetic Latvian node (LV)");
		assertThat(outboxTo()).isEqualTo(queued + 1);
		assertThat(officer().get("/cooperation/inbox").body()).contains("Identity queries from partners");
	}

	@Test
	void theCaseTeamSeesTheCasesRequestsAndNobodyElse() {
		HttpTestClient client = as(caseworker);
		String casePath = register(client, "Dritan", "Listtest");
		String caseId = casePath.substring("/cases/".length());
		assertThat(client.get("/cooperation/cases/" + caseId + "/requests").body()).contains("id=\"case-requests\"");
		assertThat(client.get("/cooperation/cases/" + caseId + "/requests/new?type=INFORMATION").body())
			.contains("Synthetic Latvian node (LV)");
		assertThat(as("guardian.se", IntegrationTest.PASSWORD).get("/cooperation/cases/" + caseId + "/requests")
			.statusCode()).isEqualTo(404);
	}

	private HttpTestClient as(String username, String password) {
		HttpTestClient client = client();
		client.signIn(username, password);
		return client;
	}

	private HttpTestClient as(String username) {
		HttpTestClient client = client();
		HttpResponse<String> signedIn = client.signIn(username, TestUsers.PASSWORD);
		assertThat(HttpTestClient.location(signedIn)).doesNotContain("error");
		return client;
	}

	/** The central authority officer, signed in through the pages with MFA enrolled. */
	private HttpTestClient officer() {
		if (officer == null) {
			officer = client();
			ApiUsers.signedIn(client(), officer, centralAuthority, true);
		}
		return officer;
	}

	private String register(HttpTestClient client, String givenName, String familyName) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("givenName", givenName);
		form.put("familyName", familyName);
		form.put("sex", "M");
		form.put("birthYear", "2012");
		form.put("nationalityClaimed", "AL");
		HttpResponse<String> response = client.postForm("/cases/new", "/cases/new", form);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = HttpTestClient.location(response);
		return location.substring(location.indexOf("/cases/"));
	}

	/** An incoming request as the receiving side stores it (the two-node tests cover its arrival). */
	private UUID incoming(String type, String legalBasis, String payload) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("""
				INSERT INTO cooperation.request (id, conversation_id, type, direction, partner_node, partner_case_number,
				    legal_basis, state, send_rule, deadline, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, 'INCOMING', ?, 'LV-SYNTH-7', ?, 'DELIVERED', 'CENTRAL_AUTHORITY', current_date + 90, ?,
				    'system', ?, 'system')""", id, UUID.randomUUID(), type, partner, legalBasis, now, now);
		jdbc.update("""
				INSERT INTO cooperation.request_message (id, request_id, message_id, direction, kind, payload, created_at,
				    created_by)
				VALUES (?, ?, ?, 'INCOMING', 'REQUEST', ?, ?, 'system')""", UUID.randomUUID(), id, UUID.randomUUID(),
				payload, now);
		return id;
	}

	private long requestsOf(String caseId) {
		return jdbc.queryForObject("SELECT count(*) FROM cooperation.request WHERE case_id = ?::uuid", Long.class,
				caseId);
	}

	private long outboxTo() {
		return jdbc.queryForObject("SELECT count(*) FROM cooperation.outbox WHERE recipient_node = ?", Long.class,
				partner);
	}

}
