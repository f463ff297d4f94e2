package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload rules both nodes apply to requests, answers and the steps between them: what a decline
 * still needs, what a return's acceptance must name, days as days, and which answers decline.
 */
class RequestTypeTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aDeclineNeedsReasonsButNotTheReportItWouldOtherwiseRequire() {
		assertThat(RequestType.INFORMATION.answerProblems(json("{\"decision\": \"DECLINE\"}")))
			.containsExactly("reasons:required");
		assertThat(RequestType.INFORMATION.answerProblems(json("{\"decision\": \"DECLINE\", \"reasons\": \"Unknown\"}")))
			.isEmpty();
		assertThat(RequestType.INFORMATION.answerProblems(json("{}"))).containsExactly("report:required");
		assertThat(RequestType.FAMILY_ASSESSMENT.answerProblems(json("{\"report\": \"Fine\"}")))
			.containsExactly("familyCanCare:required");
		assertThat(RequestType.FAMILY_ASSESSMENT.answerProblems(json("{\"decision\": \"DECLINE\", \"reasons\": \"No\"}")))
			.isEmpty();
	}

	@Test
	void aRefusedPlacementNeedsItsReasons() {
		assertThat(RequestType.PLACEMENT_CONSENT.answerProblems(json("{\"decision\": \"REFUSE\"}")))
			.containsExactly("reasons:required");
		assertThat(RequestType.PLACEMENT_CONSENT.answerProblems(json("{\"decision\": \"CONSENT\"}"))).isEmpty();
		assertThat(RequestType.PLACEMENT_CONSENT.answerProblems(json("{\"decision\": \"MAYBE\"}")))
			.containsExactly("decision:one-of-CONSENT|REFUSE");
	}

	@Test
	void aReturnIsAnsweredOnlyWhenBothItsCarePlanAndItsGuardianshipAreAcceptedAndTheGuardianNamed() {
		JsonNode both = json("{\"carePlan\": \"ACCEPT\", \"guardianship\": \"ACCEPT\", \"receivingGuardian\": \"Court\"}");
		assertThat(RequestType.RETURN_TRANSFER.answerProblems(both)).isEmpty();
		assertThat(RequestType.RETURN_TRANSFER.stateAfter(both)).isEqualTo(RequestState.ANSWERED);
		assertThat(RequestType.RETURN_TRANSFER.answerProblems(json("{\"carePlan\": \"ACCEPT\", \"guardianship\": \"ACCEPT\"}")))
			.containsExactly("receivingGuardian:required");
		JsonNode half = json("{\"carePlan\": \"ACCEPT\", \"guardianship\": \"DECLINE\", \"reasons\": \"No guardian\"}");
		assertThat(RequestType.RETURN_TRANSFER.answerProblems(half)).isEmpty();
		assertThat(RequestType.RETURN_TRANSFER.stateAfter(half)).isEqualTo(RequestState.DECLINED);
		assertThat(RequestType.RETURN_TRANSFER.answerProblems(json("{\"carePlan\": \"DECLINE\", \"guardianship\": \"ACCEPT\"}")))
			.contains("reasons:required", "receivingGuardian:required");
		assertThat(RequestType.RETURN_TRANSFER.answerProblems(json("{\"carePlan\": \"DECLINE\"}")))
			.contains("guardianship:required", "reasons:required");
	}

	@Test
	void daysMustBeDaysAndRequiredFieldsOfARequestArePresent() {
		JsonNode request = json("""
				{"message": "m", "case": {}, "receivingGuardian": "Court", "plannedDate": "next week",
				 "escort": "Escort", "handoverPlace": "Airport"}""");
		assertThat(RequestType.RETURN_TRANSFER.problems(request)).containsExactly("plannedDate:date");
		assertThat(RequestType.FOLLOW_UP_REPORT.problems(json("{\"message\": \"m\", \"case\": {}}")))
			.containsExactly("dueOn:required");
		assertThat(RequestType.MISSING_CHILD_ALERT.problems(json("{\"message\": \"m\", \"case\": {}, \"lastSeen\": \"x\", \"age\": 3}")))
			.containsExactly("age:unknown-field");
		RequestType.Field due = RequestType.Field.date("dueOn", true);
		assertThat(due.problem("2026-02-30")).isEqualTo("date");
		assertThat(due.problem(" ")).isEqualTo("required");
		assertThat(due.problem("2027-01-31")).isNull();
	}

	@Test
	void aFollowUpReportIsAnsweredWithItsWellBeingRatingsUnlessDeclined() {
		String report = "\"report\": \"r\", \"seenOn\": \"2026-11-30\"";
		assertThat(RequestType.FOLLOW_UP_REPORT.answerProblems(json("{" + report + "}")))
			.containsExactly("wellBeing:required");
		assertThat(RequestType.FOLLOW_UP_REPORT.answerProblems(json("{" + report + ", \"wellBeing\": \"4\"}")))
			.containsExactly("wellBeing:object-with-scale-and-ratings");
		assertThat(RequestType.FOLLOW_UP_REPORT.answerProblems(json(
				"{" + report + ", \"wellBeing\": {\"scale\": [1, 2], \"ratings\": {}}}")))
			.containsExactly("wellBeing:object-with-scale-and-ratings");
		assertThat(RequestType.FOLLOW_UP_REPORT.answerProblems(json(
				"{" + report + ", \"wellBeing\": {\"scale\": [\"1\", \"2\"], \"ratings\": {\"EDUCATION\": \"2\"}}}")))
			.containsExactly("wellBeing:object-with-scale-and-ratings");
		assertThat(RequestType.FOLLOW_UP_REPORT.answerProblems(json(
				"{" + report + ", \"wellBeing\": {\"scale\": [\"1\", \"2\"], \"ratings\": {\"EDUCATION\": {\"level\": \"2\"}}}}")))
			.isEmpty();
		assertThat(RequestType.FOLLOW_UP_REPORT.answerProblems(json("{\"decision\": \"DECLINE\", \"reasons\": \"r\"}")))
			.isEmpty();
		// The form shows the ratings as a form of their own, not as one field.
		assertThat(RequestType.FOLLOW_UP_REPORT.answerFormFields()).extracting(RequestType.Field::name)
			.containsExactly("report", "seenOn");
		assertThat(RequestType.FOLLOW_UP_REPORT.answersWithWellBeing()).isTrue();
		assertThat(RequestType.INFORMATION.answersWithWellBeing()).isFalse();
	}

	@Test
	void onlyTheDecisionsThatRefuseOrDeclineMakeARequestDeclined() {
		assertThat(RequestType.MISSING_CHILD_ALERT.stateAfter(json("{\"outcome\": \"NOT_FOUND\"}")))
			.isEqualTo(RequestState.ANSWERED);
		assertThat(RequestType.FAMILY_ASSESSMENT.stateAfter(json("{\"report\": \"r\", \"familyCanCare\": \"NO\"}")))
			.isEqualTo(RequestState.ANSWERED);
		assertThat(RequestType.FAMILY_ASSESSMENT.stateAfter(json("{\"decision\": \"DECLINE\"}")))
			.isEqualTo(RequestState.DECLINED);
		assertThat(RequestType.SERIOUS_DANGER_NOTICE.declinable()).isFalse();
		assertThat(RequestType.INFORMATION.answerFormFields()).extracting(RequestType.Field::name)
			.containsExactly("report");
	}

	@Test
	void theStepsOfAConversationNameTheirRequestTypeAndFollowTheirRules() {
		assertThat(MessageKind.WITHDRAWAL.problems(json("{\"requestType\": \"INFORMATION\"}")))
			.containsExactly("reasons:required");
		assertThat(MessageKind.WITHDRAWAL.problems(json("{\"reasons\": \"r\"}"))).containsExactly("requestType:unknown");
		assertThat(MessageKind.HANDOVER.problems(json("{\"requestType\": \"INFORMATION\", \"handedOverOn\": \"2026-11-29\"}")))
			.containsExactly("requestType:not-a-return");
		assertThat(MessageKind.HANDOVER.problems(json("{\"requestType\": \"RETURN_TRANSFER\", \"handedOverOn\": \"2026-11-29\"}")))
			.isEmpty();
		assertThat(MessageKind.ACKNOWLEDGEMENT.problems(json("{\"requestType\": \"FOLLOW_UP_REPORT\", \"scheduledOn\": \"soon\", \"x\": 1}")))
			.containsExactlyInAnyOrder("scheduledOn:date", "x:unknown-field");
		assertThat(MessageKind.ANSWER.problems(json("{\"requestType\": \"MISSING_CHILD_ALERT\", \"outcome\": \"FOUND\"}")))
			.isEmpty();
		assertThat(MessageKind.ofMessageType("PLACEMENT_CONSENT")).isEqualTo(MessageKind.REQUEST);
		assertThat(MessageKind.ofMessageType("REQUEST")).isNull();
		assertThat(MessageKind.ofMessageType("HANDOVER")).isEqualTo(MessageKind.HANDOVER);
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
