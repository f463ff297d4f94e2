package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.protect.monitoring.Condition;
import org.protect.monitoring.FollowUpRatings;
import org.protect.monitoring.PartnerFollowUps;
import org.protect.monitoring.RatingInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The follow-up after a return, between two real nodes: the sending side asks for the report due on a day of its
 * schedule, the receiving side schedules it, rates the child's well-being on the 14 conditions where the child now
 * lives and sends it back; the ratings become the follow-up's assessment on the sending case, from the partner,
 * and the follow-up is done. Ratings that do not fit are refused on the answering side, with nothing sent, and on
 * the asking side, with the answer kept.
 */
class FollowUpReportsTwoNodesIntegrationTests extends TwoNodeRequestsTest {

	@Test
	void theReceivingSideSendsItsWellBeingRatingsBackAndTheyBecomeTheFollowUpsAssessment() {
		String caseId = openCase();
		LocalDate due = TODAY.plusDays(10);
		put(caseId, "follow-ups", "{\"followUps\": [{\"dueOn\": \"%s\"}, {\"dueOn\": \"%s\"}]}"
			.formatted(due, TODAY.plusMonths(3)));
		HttpResponse<String> past = post(sePort, caseworkerSe, "/api/v1/cooperation/requests", """
				{"caseId": "%s", "partnerNodeId": "%s", "type": "FOLLOW_UP_REPORT", "legalBasis": "Brussels IIb art. 80",
				 "message": "Synthetic", "dueOn": "%s"}""".formatted(caseId, nodeId(lv), TODAY.minusDays(1)));
		assertThat(past.statusCode()).isEqualTo(400);
		String id = send(caseId, "FOLLOW_UP_REPORT", "Brussels IIb art. 80", "\"dueOn\": \"%s\"".formatted(due));
		JsonNode delivered = awaitState(sePort, caseworkerSe, id, "DELIVERED");
		assertThat(delivered.get("deadline").asString()).isEqualTo(due.toString());
		assertThat(delivered.get("messages").get(0).get("payload").get("case").get("parts").has("FOLLOW_UPS")).isTrue();
		String incomingId = awaitIncoming(delivered.get("conversationId").asString()).get("id").asString();
		assertThat(post(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId + "/acknowledgement",
				"{\"scheduledOn\": \"%s\"}".formatted(due.minusDays(2))).statusCode()).isEqualTo(200);
		JsonNode acknowledged = awaitState(sePort, caseworkerSe, id, "ACKNOWLEDGED");
		assertThat(acknowledged.get("messages").get(1).get("payload").get("scheduledOn").asString())
			.isEqualTo(due.minusDays(2).toString());

		// A report in words alone is not the follow-up: the ratings are asked for.
		String answerPath = "/api/v1/cooperation/requests/" + incomingId + "/answer";
		HttpResponse<String> wordsOnly = post(lvPort, centralLv, answerPath,
				"{\"report\": \"Synthetic: she goes to school.\", \"seenOn\": \"%s\"}".formatted(TODAY));
		assertThat(wordsOnly.statusCode()).isEqualTo(400);
		assertThat(wordsOnly.body()).contains("\"wellBeing\"");
		// A condition left unrated and the child's views missing: each named; nothing leaves the node.
		ObjectNode incomplete = answer(4);
		((ObjectNode) incomplete.get("wellBeing").get("ratings")).remove(Condition.EDUCATION.name());
		((ObjectNode) incomplete.get("wellBeing")).remove("childViews");
		HttpResponse<String> refused = post(lvPort, centralLv, answerPath, incomplete.toString());
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("wellBeing.ratings.EDUCATION.level")
			.contains("wellBeing.ratings.EDUCATION.justification")
			.contains("wellBeing.childViews")
			.doesNotContain("wellBeing.ratings.RESPECT");
		assertThat(JSON.readTree(get(lvPort, centralLv, "/api/v1/cooperation/requests/" + incomingId).body())
			.get("state").asString()).isEqualTo("ACKNOWLEDGED");

		HttpResponse<String> answered = post(lvPort, centralLv, answerPath, answer(4).toString());
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		JsonNode done = awaitState(sePort, caseworkerSe, id, "ANSWERED");
		JsonNode sent = done.get("messages").get(2).get("payload").get("wellBeing");
		assertThat(sent.get("scale").valueStream().map(JsonNode::asString).toList())
			.containsExactly("1", "2", "3", "4", "5");
		assertThat(sent.get("ratings").size()).isEqualTo(14);

		JsonNode followUps = part(caseId, "follow-ups").get("followUps");
		assertThat(followUps).hasSize(2);
		assertThat(followUps.get(0).get("doneOn").asString()).isEqualTo(TODAY.toString());
		assertThat(followUps.get(1).get("doneOn").isNull()).isTrue();
		JsonNode wellBeing = wellBeing(caseId, "");
		assertThat(wellBeing.get("assessments")).hasSize(1);
		JsonNode summary = wellBeing.get("assessments").get(0);
		assertThat(summary.get("situation").asString()).isEqualTo("FOLLOW_UP");
		assertThat(summary.get("source").asString()).isEqualTo("PARTNER");
		assertThat(summary.get("country").asString()).isEqualTo("LV");
		assertThat(summary.get("followUpDueOn").asString()).isEqualTo(due.toString());
		assertThat(summary.get("assessedBy").asString()).isEqualTo("Synthetic social worker, Riga orphan's court");
		assertThat(wellBeing.get("followUps").get(0).get("assessmentId").asString())
			.isEqualTo(summary.get("id").asString());
		JsonNode assessment = wellBeing(caseId, "/assessments/" + summary.get("id").asString());
		assertThat(assessment.get("sourceReference").asString()).contains(done.get("conversationId").asString());
		assertThat(assessment.get("childViews").asString()).isEqualTo("Synthetic: I like my new school.");
		assertThat(assessment.get("ratings")).hasSize(14);
		JsonNode education = assessment.get("ratings").valueStream()
			.filter(r -> r.get("condition").asString().equals("EDUCATION"))
			.findFirst()
			.orElseThrow();
		assertThat(education.get("level").asString()).isEqualTo("4");
		assertThat(education.get("childLevel").asString()).isEqualTo("5");
		assertThat(education.get("sources").asString()).isEqualTo("Synthetic home visit and a talk with her teacher");
		// The child's words crossed the border and are on both nodes, sealed at rest in every table that holds them.
		for (var node : List.of(se, lv)) {
			for (String table : List.of("outbox", "inbox", "request_message")) {
				var jdbc = node.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
				assertThat(jdbc.sql("SELECT count(*) FROM cooperation." + table + " WHERE payload LIKE '%new school%'")
					.query(Long.class).single()).as(table).isZero();
				assertThat(jdbc.sql("SELECT count(*) FROM cooperation." + table + " WHERE payload NOT LIKE 'sealed:v1:%'")
					.query(Long.class).single()).as(table).isZero();
			}
		}
		assertThat(audit(se, "WELL_BEING_ASSESSMENT_RECORDED")).anySatisfy(entry -> {
			assertThat(entry.recordId()).isEqualTo(caseId);
			assertThat(entry.details()).contains("from a partner's follow-up report");
		});
	}

	@Test
	void ratingsOnAnotherScaleAreNotRecordedAndTheRefusalIsAudited() {
		String caseId = openCase();
		LocalDate due = TODAY.minusDays(3);
		Map<String, RatingInput> ratings = new java.util.LinkedHashMap<>();
		for (Condition condition : Condition.values()) {
			ratings.put(condition.name(), new RatingInput("3", "Synthetic reasons", "Synthetic visit", null));
		}
		PartnerFollowUps followUps = se.getBean(PartnerFollowUps.class);
		// A partner rating on a 1-4 scale: its "3" is not this node's "3".
		FollowUpRatings fourLevels = new FollowUpRatings(List.of("1", "2", "3", "4"), "Synthetic assessor", ratings,
				"Synthetic: fine", null);
		assertThat(followUps.recordReceived(UUID.fromString(caseId), due, TODAY, "LV", "Synthetic reference",
				fourLevels, "partner-node")).isEmpty();
		FollowUpRatings unsourced = new FollowUpRatings(List.of("1", "2", "3", "4", "5"), "Synthetic assessor",
				Map.of(Condition.EDUCATION.name(), new RatingInput("3", "Synthetic", null, null)), "Synthetic: fine", null);
		assertThat(followUps.recordReceived(UUID.fromString(caseId), due, TODAY, "LV", "Synthetic reference",
				unsourced, "partner-node")).isEmpty();
		assertThat(wellBeing(caseId, "").get("assessments")).isEmpty();
		assertThat(audit(se, "WELL_BEING_PARTNER_RATINGS_REFUSED")).filteredOn(e -> caseId.equals(e.recordId()))
			.extracting(e -> e.details())
			.anySatisfy(details -> assertThat(details).contains("scale 1,2,3,4 is not 1,2,3,4,5"))
			.anySatisfy(details -> assertThat(details).contains("ratings.EDUCATION.sources")
				.contains("ratings.RESPECT.level"));

		FollowUpRatings fitting = new FollowUpRatings(List.of("1", "2", "3", "4", "5"), "Synthetic assessor", ratings,
				"Synthetic: fine", null);
		assertThat(followUps.recordReceived(UUID.fromString(caseId), due, TODAY, "LV", "Synthetic reference",
				fitting, "partner-node")).isPresent();
		assertThat(wellBeing(caseId, "").get("assessments")).hasSize(1);
	}

	/** A follow-up answer whose every condition is rated {@code level}, as the Latvian central authority sends it. */
	private static ObjectNode answer(int level) {
		ObjectNode answer = JSON.createObjectNode();
		answer.put("report", "Synthetic: she lives with her aunt and goes to school.");
		answer.put("seenOn", TODAY.toString());
		ObjectNode wellBeing = answer.putObject("wellBeing");
		wellBeing.put("assessedBy", "Synthetic social worker, Riga orphan's court");
		ObjectNode ratings = wellBeing.putObject("ratings");
		for (Condition condition : Condition.values()) {
			ObjectNode rating = ratings.putObject(condition.name());
			rating.put("level", String.valueOf(level));
			rating.put("justification", "Synthetic observation on " + condition.name().toLowerCase());
			rating.put("sources", "Synthetic home visit and a talk with her teacher");
			if (condition == Condition.EDUCATION) {
				rating.put("childLevel", "5");
			}
		}
		wellBeing.put("childViews", "Synthetic: I like my new school.");
		return answer;
	}

	private JsonNode wellBeing(String caseId, String path) {
		HttpResponse<String> response = get(sePort, caseworkerSe, "/api/v1/cases/" + caseId + "/well-being" + path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
