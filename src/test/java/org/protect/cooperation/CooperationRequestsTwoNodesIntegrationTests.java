package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Request conversations between two real nodes (a Swedish and a Latvian one, each with its own embedded
 * PostgreSQL, talking HTTP on loopback): information requested and answered with a report; consent to a
 * placement drafted by the caseworker, approved by the central authority, consented to or refused by the
 * other central authority, and the case's gate following the answer; a family assessment, a return with its
 * care plan and guardianship, a serious-danger notice and a missing-child alert; withdrawal; the art. 37 block; a
 * stranger to the case. The follow-up report is in {@link FollowUpReportsTwoNodesIntegrationTests}.
 */
class CooperationRequestsTwoNodesIntegrationTests extends TwoNodeRequestsTest {

	@Test
	void anInformationRequestIsDeliveredAnsweredWithAReportAndBothSidesSeeItAnswered() {
		String caseId = openCase();
		HttpResponse<String> created = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "Hague 1996 art. 32",
				 "message": "Synthetic: please send a social report on the family", "questions": "Who cares for her?"}"""
			.formatted(caseId, nodeId(lv)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode request = JSON.readTree(created.body());
		assertThat(request.get("state").asString()).isEqualTo("SENT");
		String id = request.get("id").asString();

		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		assertThat(delivered.get("legalBasis").asString()).isEqualTo("Hague 1996 art. 32");
		assertThat(delivered.get("deadline").asString()).isEqualTo(TODAY.plusMonths(3).toString());
		JsonNode sent = delivered.get("messages").get(0).get("payload");
		// Minimisation: an information request carries the child's identity and no part of the file.
		assertThat(sent.get("case").get("parts").size()).isZero();
		assertThat(sent.get("case").get("child").get("name").asString()).contains("Bondarenko");

		JsonNode incoming = awaitIncoming(delivered.get("conversationId").asString());
		String incomingId = incoming.get("id").asString();
		assertThat(incoming.get("state").asString()).isEqualTo("DELIVERED");
		// Only the central authority sees the incoming request.
		assertThat(get(lvPort, caseworkerLv, "/api/v1/cooperation/requests/" + incomingId).statusCode()).isEqualTo(404);
		assertThat(get(lvPort, caseworkerLv, "/api/v1/cooperation/inbox").statusCode()).isEqualTo(403);
		JsonNode thread = JSON.readTree(get(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId).body());
		assertThat(thread.get("direction").asString()).isEqualTo("INCOMING");
		assertThat(thread.get("messages").get(0).get("payload").get("message").asString()).startsWith("Synthetic");

		HttpResponse<String> missing = post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("\"report\"");
		HttpResponse<String> answered = post(lvPort, centralLv,
				"/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"report\": \"Synthetic social report: the aunt is able to care for her.\"}");
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertThat(JSON.readTree(answered.body()).get("state").asString()).isEqualTo("ANSWERED");

		JsonNode done = awaitState(sePort, caseworkerSe, id, "ANSWERED");
		assertThat(done.get("messages")).hasSize(2);
		assertThat(done.get("messages").get(1).get("payload").get("report").asString()).startsWith("Synthetic social");
		assertThat(audit(se, "COOPERATION_REQUEST_ANSWER_RECEIVED")).isNotEmpty();
		assertThat(audit(lv, "COOPERATION_REQUEST_READ")).isNotEmpty();
	}

	@Test
	void aPlacementConsentIsDraftedApprovedByTheCentralAuthorityAndItsConsentClearsTheGate() {
		String caseId = caseWithAPlacementAbroad();
		assertThat(unmet(caseId)).contains("NO_PLACEMENT_CONSENT");
		String id = draftPlacementConsent(caseId);

		// The drafter cannot approve; a caseworker cannot; the central authority can.
		assertThat(post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/approval", "").statusCode())
			.isEqualTo(403);
		assertThat(JSON.readTree(get(sePort, centralSe, "/api/v1/cooperation/drafts").body()).toString()).contains(id);
		HttpResponse<String> approved = post(sePort, centralSe, "/api/v1/cooperation/requests/" + id + "/approval", "");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(JSON.readTree(approved.body()).get("approvedBy").asString()).isEqualTo("central.se");

		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		JsonNode payload = delivered.get("messages").get(0).get("payload");
		assertThat(payload.get("case").get("parts").has("CARE_PLAN")).isTrue();
		assertThat(payload.get("case").get("parts").has("RISK_ASSESSMENT")).isFalse();
		assertThat(payload.get("funding").asString()).startsWith("Synthetic");

		JsonNode incoming = awaitIncoming(delivered.get("conversationId").asString());
		assertThat(incoming.get("deadline").asString()).isEqualTo(TODAY.plusMonths(3).toString());
		HttpResponse<String> consent = post(lvPort, centralLv,
				"/api/v1/cooperation/requests/" + incoming.get("id").asString() + "/answer",
				"{\"decision\": \"CONSENT\", \"reasons\": \"Synthetic: a foster family is ready\"}");
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);

		awaitState(sePort, caseworkerSe, id, "ANSWERED");
		assertThat(unmet(caseId)).doesNotContain("NO_PLACEMENT_CONSENT");
		JsonNode part = JSON.readTree(get(sePort, caseworkerSe, "/api/v1/cases/" + caseId + "/placement-consent").body());
		assertThat(part.toString()).contains("RECEIVED_THROUGH_COOPERATION").contains(delivered.get("conversationId").asString());
		assertThat(get(sePort, caseworkerSe, "/api/v1/cases/" + caseId + "/timeline").body())
			.contains("PLACEMENT_CONSENT_RECEIVED");
	}

	@Test
	void aRefusedPlacementLeavesTheGateUnmet() {
		String caseId = caseWithAPlacementAbroad();
		String id = draftPlacementConsent(caseId);
		assertThat(post(sePort, centralSe, "/api/v1/cooperation/requests/" + id + "/approval", "").statusCode())
			.isEqualTo(200);
		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		JsonNode incoming = awaitIncoming(delivered.get("conversationId").asString());
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incoming.get("id").asString() + "/answer",
				"{\"decision\": \"REFUSE\", \"reasons\": \"Synthetic: no placement available\"}").statusCode())
			.isEqualTo(200);
		awaitState(sePort, caseworkerSe, id, "DECLINED");
		assertThat(unmet(caseId)).contains("NO_PLACEMENT_CONSENT");
		assertThat(get(sePort, caseworkerSe, "/api/v1/cases/" + caseId + "/timeline").body())
			.contains("PLACEMENT_CONSENT_REFUSED");
	}

	@Test
	void aCaseWhoseDisclosureWouldEndangerTheChildCannotBeSentAndNothingLeaves() {
		String caseId = openCase();
		put(caseId, "risk-assessment", """
				{"conclusion": "AGAINST_RETURN", "destinationCountry": "UA", "risksFound": "Synthetic: threats",
				 "familyContactRisk": "High", "disclosureEndangers": true, "assessedOn": "TODAY",
				 "assessedBy": "Synthetic assessor"}""");
		long queuedBefore = outboxCount(se);
		HttpResponse<String> refused = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "Hague 1996 art. 32",
				 "message": "Synthetic"}""".formatted(caseId, nodeId(lv)));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("disclosure-endangers-child");
		assertThat(outboxCount(se)).isEqualTo(queuedBefore);
		assertThat(audit(se, "CASE_SHARING_REFUSED")).anySatisfy(e -> assertThat(e.recordId()).isEqualTo(caseId));
		assertThat(post(sePort, caseworkerSe, "/api/v1/cooperation/requests/preview", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "Hague 1996 art. 32",
				 "message": "Synthetic"}""".formatted(caseId, nodeId(lv))).statusCode()).isEqualTo(422);
	}

	@Test
	void someoneNotOnTheCaseTeamIsToldTheCaseDoesNotExistAndBadInputNamesItsFields() {
		String caseId = openCase();
		HttpResponse<String> stranger = post(sePort, supervisorSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "Hague 1996 art. 32",
				 "message": "Synthetic"}""".formatted(caseId, nodeId(lv)));
		assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(404);
		HttpResponse<String> bad = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "PLACEMENT_CONSENT", "legalBasis": "Hague 1996 art. 32",
				 "colour": "blue"}""".formatted(caseId, nodeId(lv)));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"legalBasis\"", "\"message\"", "\"reasons\"", "\"colour\"");
		HttpResponse<String> preview = post(sePort, caseworkerSe, "/api/v1/cooperation/requests/preview", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "INFORMATION", "legalBasis": "Brussels IIb art. 80",
				 "message": "Synthetic"}""".formatted(caseId, nodeId(lv)));
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(JSON.readTree(preview.body()).get("sendRule").asString()).isEqualTo("TEAM");
		assertThat(JSON.readTree(preview.body()).get("payload").get("case").get("caseNumber").asString()).startsWith("SE-");
	}

	@Test
	void aFamilyAssessmentIsAcknowledgedThenAnsweredAndBecomesTheCasesFamilyAssessment() {
		String caseId = openCase();
		HttpResponse<String> incomplete = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "FAMILY_ASSESSMENT", "legalBasis": "Hague 1996 art. 32",
				 "message": "Synthetic: please assess the aunt"}""".formatted(caseId, nodeId(lv)));
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("\"familyMembers\"");
		String id = send(caseId, "FAMILY_ASSESSMENT", "Hague 1996 art. 32",
				"\"familyMembers\": \"Synthetic aunt, Olena Bondarenko, Riga\", \"questions\": \"Can she care for her?\"");
		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		// Minimisation: the assessor gets the identity and the family to assess, not the child's file.
		assertThat(delivered.get("messages").get(0).get("payload").get("case").get("parts").size()).isZero();
		String incomingId = awaitIncoming(delivered.get("conversationId").asString()).get("id").asString();

		HttpResponse<String> acknowledged = post(lvPort, centralLv,
				"/api/v1/cooperation/requests/" + incomingId + "/acknowledgement", "{\"note\": \"Synthetic: visit planned\"}");
		assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
		assertThat(JSON.readTree(acknowledged.body()).get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/acknowledgement", "{}")
			.statusCode()).isEqualTo(409);
		awaitState(sePort, caseworkerSe, id, "ACKNOWLEDGED");

		HttpResponse<String> noVerdict = post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"report\": \"Synthetic assessment\", \"familyCanCare\": \"PERHAPS\"}");
		assertThat(noVerdict.statusCode()).isEqualTo(400);
		assertThat(noVerdict.body()).contains("\"familyCanCare\"");
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"report\": \"Synthetic assessment: the aunt has room and a stable income.\", \"familyCanCare\": \"YES\"}")
			.statusCode()).isEqualTo(200);

		JsonNode answered = awaitState(sePort, caseworkerSe, id, "ANSWERED");
		assertThat(answered.get("messages").valueStream().map(m -> m.get("kind").asString()).toList())
			.containsExactly("REQUEST", "ACKNOWLEDGEMENT", "ANSWER");
		JsonNode family = part(caseId, "family-assessment");
		assertThat(family.get("findings").asString()).contains("stable income").contains("YES");
		assertThat(family.get("country").asString()).isEqualTo("LV");
		assertThat(family.get("receivedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(timeline(caseId)).contains("FAMILY_ASSESSMENT_RECEIVED");
	}

	@Test
	void aDeclinedRequestNeedsReasonsAndIsDeclinedOnBothSides() {
		String caseId = openCase();
		String id = send(caseId, "INFORMATION", "Hague 1996 art. 34", "");
		String incomingId = awaitIncoming(awaitState(sePort, caseworkerSe, id, "DELIVERED").get("conversationId")
			.asString()).get("id").asString();
		HttpResponse<String> bare = post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"decision\": \"DECLINE\"}");
		assertThat(bare.statusCode()).isEqualTo(400);
		assertThat(bare.body()).contains("\"reasons\"").doesNotContain("\"report\"");
		HttpResponse<String> declined = post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"decision\": \"DECLINE\", \"reasons\": \"Synthetic: the family is not known here\"}");
		assertThat(JSON.readTree(declined.body()).get("state").asString()).isEqualTo("DECLINED");
		awaitState(sePort, caseworkerSe, id, "DECLINED");
		assertThat(timeline(caseId)).contains("REQUEST_DECLINED");
	}

	@Test
	void aReturnIsNeverSentWithoutACarePlanAndItsAcceptanceClearsBothGatesThenBothSidesRecordTheHandOver() {
		String bare = openCase();
		HttpResponse<String> refused = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", returnTransfer(bare));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("return-without-care-plan");

		String caseId = caseWithAReturnPlanned();
		assertThat(unmet(caseId)).contains("CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY", "NO_RECEIVING_GUARDIAN");
		HttpResponse<String> past = post(sePort, caseworkerSe, "/api/v1/cooperation/requests",
				returnTransfer(caseId).replace(TODAY.plusDays(20).toString(), TODAY.minusDays(1).toString()));
		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(past.body()).contains("\"plannedDate\"");
		HttpResponse<String> drafted = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", returnTransfer(caseId));
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		assertThat(JSON.readTree(drafted.body()).get("state").asString()).isEqualTo("DRAFT");
		String id = JSON.readTree(drafted.body()).get("id").asString();
		assertThat(post(sePort, centralSe, "/api/v1/cooperation/requests/" + id + "/approval", "").statusCode())
			.isEqualTo(200);

		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		JsonNode carried = delivered.get("messages").get(0).get("payload");
		assertThat(carried.get("case").get("parts").has("CARE_PLAN")).isTrue();
		assertThat(carried.get("case").get("parts").has("GUARDIANSHIP")).isTrue();
		assertThat(carried.get("case").get("parts").has("RISK_ASSESSMENT")).isFalse();
		assertThat(carried.get("escort").asString()).startsWith("Synthetic");
		String incomingId = awaitIncoming(delivered.get("conversationId").asString()).get("id").asString();

		HttpResponse<String> nameless = post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"carePlan\": \"ACCEPT\", \"guardianship\": \"ACCEPT\"}");
		assertThat(nameless.statusCode()).isEqualTo(400);
		assertThat(nameless.body()).contains("\"receivingGuardian\"");
		// Before the acceptance there is nothing to hand over.
		assertThat(post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/handover",
				"{\"handedOverOn\": \"%s\"}".formatted(TODAY)).statusCode()).isEqualTo(409);
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer", """
				{"carePlan": "ACCEPT", "guardianship": "ACCEPT",
				 "receivingGuardian": "Synthetic orphan's court of Riga"}""").statusCode()).isEqualTo(200);

		awaitState(sePort, caseworkerSe, id, "ANSWERED");
		assertThat(unmet(caseId)).doesNotContain("CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY", "NO_RECEIVING_GUARDIAN");
		JsonNode receiving = part(caseId, "guardianship").get("receiving");
		assertThat(receiving.get("nameOrAuthority").asString()).isEqualTo("Synthetic orphan's court of Riga");
		assertThat(receiving.get("country").asString()).isEqualTo("LV");
		assertThat(receiving.get("reference").asString()).contains(delivered.get("conversationId").asString());
		assertThat(part(caseId, "guardianship").get("guardian").get("name").asString()).isEqualTo("Synthetic Guardian");
		assertThat(part(caseId, "care-plan").get("acceptance").get("acceptedOn").asString()).isEqualTo(TODAY.toString());

		HttpResponse<String> future = post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/handover",
				"{\"handedOverOn\": \"%s\"}".formatted(TODAY.plusDays(1)));
		assertThat(future.statusCode()).isEqualTo(400);
		HttpResponse<String> handedOver = post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/handover",
				"{\"handedOverOn\": \"%s\", \"note\": \"Synthetic: at the airport\"}".formatted(TODAY));
		assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(200);
		assertThat(part(caseId, "guardianship").get("receiving").get("handedOverOn").asString())
			.isEqualTo(TODAY.toString());
		assertThat(post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/handover",
				"{\"handedOverOn\": \"%s\"}".formatted(TODAY)).statusCode()).isEqualTo(409);
		assertThat(post(lvPort, caseworkerLv, "/api/v1/cooperation/requests/" + incomingId + "/handover",
				"{\"handedOverOn\": \"%s\"}".formatted(TODAY)).statusCode()).isEqualTo(404);
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/handover",
				"{\"handedOverOn\": \"%s\"}".formatted(TODAY)).statusCode()).isEqualTo(200);

		await(() -> kinds(sePort, caseworkerSe, id).equals(List.of("REQUEST", "ANSWER", "HANDOVER", "HANDOVER")));
		assertThat(kinds(sePort, caseworkerSe, id)).containsExactly("REQUEST", "ANSWER", "HANDOVER", "HANDOVER");
		await(() -> kinds(lvPort, centralLv, incomingId).size() == 4);
		assertThat(kinds(lvPort, centralLv, incomingId)).containsExactly("REQUEST", "ANSWER", "HANDOVER", "HANDOVER");
		assertThat(timeline(caseId)).contains("CARE_PLAN_ACCEPTED", "RECEIVING_GUARDIAN_ACCEPTED", "HANDED_OVER",
				"HANDOVER_CONFIRMED_BY_PARTNER");
	}

	@Test
	void aReturnWhoseGuardianshipIsDeclinedLeavesItsGatesUnmet() {
		String caseId = caseWithAReturnPlanned();
		HttpResponse<String> drafted = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", returnTransfer(caseId));
		String id = JSON.readTree(drafted.body()).get("id").asString();
		post(sePort, centralSe, "/api/v1/cooperation/requests/" + id + "/approval", "");
		String incomingId = awaitIncoming(awaitState(sePort, caseworkerSe, id, "DELIVERED").get("conversationId")
			.asString()).get("id").asString();
		HttpResponse<String> noReasons = post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"carePlan\": \"ACCEPT\", \"guardianship\": \"DECLINE\"}");
		assertThat(noReasons.statusCode()).isEqualTo(400);
		assertThat(noReasons.body()).contains("\"reasons\"");
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer", """
				{"carePlan": "ACCEPT", "guardianship": "DECLINE",
				 "reasons": "Synthetic: no guardian can be appointed before the return"}""").statusCode()).isEqualTo(200);
		awaitState(sePort, caseworkerSe, id, "DECLINED");
		assertThat(unmet(caseId)).contains("CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY", "NO_RECEIVING_GUARDIAN");
		assertThat(timeline(caseId)).contains("RETURN_DECLINED");
	}

	@Test
	void aSeriousDangerNoticeHasNoDeadlineCarriesTheRiskAssessmentAndIsAcknowledgedAndAnswered() {
		String caseId = openCase();
		put(caseId, "risk-assessment", """
				{"conclusion": "AGAINST_RETURN", "destinationCountry": "LV", "risksFound": "Synthetic: exploiters there",
				 "familyContactRisk": "High", "disclosureEndangers": false, "assessedOn": "TODAY",
				 "assessedBy": "Synthetic assessor"}""");
		String id = send(caseId, "SERIOUS_DANGER_NOTICE", "Hague 1996 art. 36",
				"\"danger\": \"Synthetic: recruited for forced labour\", \"whereabouts\": \"Synthetic: Daugavpils\"");
		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		assertThat(delivered.get("deadline").isNull()).isTrue();
		assertThat(delivered.get("messages").get(0).get("payload").get("case").get("parts").get("RISK_ASSESSMENT")
			.get("risksFound").asString()).startsWith("Synthetic");
		String incomingId = awaitIncoming(delivered.get("conversationId").asString()).get("id").asString();
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/acknowledgement", "{}")
			.statusCode()).isEqualTo(200);
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"measures\": \"Synthetic: the police and the orphan's court are looking for her\"}").statusCode())
			.isEqualTo(200);
		awaitState(sePort, caseworkerSe, id, "ANSWERED");
		assertThat(timeline(caseId)).contains("REQUEST_ANSWERED");
	}

	@Test
	void aMissingChildAlertIsDueTomorrowAndAnsweredWithWhetherTheChildWasFound() {
		String caseId = openCase();
		put(caseId, "missing", """
				{"missing": true, "reportedOn": "TODAY", "circumstances": "Synthetic: left the shelter at night"}""");
		String id = send(caseId, "MISSING_CHILD_ALERT", "Hague 1996 art. 31(c)",
				"\"lastSeen\": \"Synthetic: yesterday, Malmö central station\", \"possibleDestination\": \"Riga\"");
		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		assertThat(delivered.get("deadline").asString()).isEqualTo(TODAY.plusDays(1).toString());
		assertThat(delivered.get("messages").get(0).get("payload").get("case").get("parts").has("MISSING")).isTrue();
		String incomingId = awaitIncoming(delivered.get("conversationId").asString()).get("id").asString();
		HttpResponse<String> noOutcome = post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"report\": \"Synthetic\"}");
		assertThat(noOutcome.statusCode()).isEqualTo(400);
		assertThat(noOutcome.body()).contains("\"outcome\"");
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"outcome\": \"FOUND\", \"report\": \"Synthetic: found at the bus station, placed in a shelter\"}")
			.statusCode()).isEqualTo(200);
		JsonNode answered = awaitState(sePort, caseworkerSe, id, "ANSWERED");
		assertThat(answered.get("messages").get(1).get("payload").get("outcome").asString()).isEqualTo("FOUND");
	}

	@Test
	void aWithdrawnRequestIsClosedOnBothSidesAndADraftIsWithdrawnWithoutLeavingTheNode() {
		String caseId = openCase();
		String id = send(caseId, "INFORMATION", "Hague 1996 art. 32", "");
		String incomingId = awaitIncoming(awaitState(sePort, caseworkerSe, id, "DELIVERED").get("conversationId")
			.asString()).get("id").asString();
		assertThat(post(sePort, supervisorSe, "/api/v1/cooperation/requests/" + id + "/withdrawal",
				"{\"reasons\": \"Synthetic\"}").statusCode()).isEqualTo(404);
		HttpResponse<String> noReasons = post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/withdrawal",
				"{}");
		assertThat(noReasons.statusCode()).isEqualTo(400);
		assertThat(noReasons.body()).contains("\"reasons\"");
		HttpResponse<String> withdrawn = post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/withdrawal",
				"{\"reasons\": \"Synthetic: the child was found and is safe\"}");
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(JSON.readTree(withdrawn.body()).get("state").asString()).isEqualTo("WITHDRAWN");
		Supplier<String> incomingState = () -> JSON.readTree(
				get(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId).body()).get("state").asString();
		await(() -> "WITHDRAWN".equals(incomingState.get()));
		assertThat(incomingState.get()).isEqualTo("WITHDRAWN");
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/answer",
				"{\"report\": \"Synthetic\"}").statusCode()).isEqualTo(409);
		assertThat(post(sePort, caseworkerSe, "/api/v1/cooperation/requests/" + id + "/withdrawal",
				"{\"reasons\": \"Synthetic\"}").statusCode()).isEqualTo(409);

		String draft = draftPlacementConsent(caseWithAPlacementAbroad());
		long queued = outboxCount(se);
		HttpResponse<String> draftWithdrawn = post(sePort, caseworkerSe,
				"/api/v1/cooperation/requests/" + draft + "/withdrawal", "{\"reasons\": \"Synthetic: plan changed\"}");
		assertThat(JSON.readTree(draftWithdrawn.body()).get("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(outboxCount(se)).isEqualTo(queued);
		assertThat(post(sePort, centralSe, "/api/v1/cooperation/requests/" + draft + "/approval", "").statusCode())
			.isEqualTo(409);
	}

}
