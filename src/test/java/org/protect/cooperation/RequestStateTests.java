package org.protect.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RequestStateTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aDraftIsSentOrWithdrawnAndNothingElse() {
		assertThat(RequestState.DRAFT.canMoveTo(RequestState.SENT)).isTrue();
		assertThat(RequestState.DRAFT.canMoveTo(RequestState.WITHDRAWN)).isTrue();
		assertThat(RequestState.DRAFT.canMoveTo(RequestState.DELIVERED)).isFalse();
		assertThat(RequestState.DRAFT.canMoveTo(RequestState.ANSWERED)).isFalse();
	}

	@Test
	void aSentRequestIsDeliveredThenAnsweredOrDeclined() {
		RequestState state = RequestState.DRAFT.moveTo(RequestState.SENT).moveTo(RequestState.DELIVERED);
		assertThat(state.moveTo(RequestState.ANSWERED)).isEqualTo(RequestState.ANSWERED);
		assertThat(state.moveTo(RequestState.DECLINED)).isEqualTo(RequestState.DECLINED);
	}

	@Test
	void anAnswerThatOvertakesTheReceiptStillCounts() {
		assertThat(RequestState.SENT.canMoveTo(RequestState.ANSWERED)).isTrue();
	}

	@Test
	void anOverdueRequestMayStillBeAnswered() {
		assertThat(RequestState.DELIVERED.moveTo(RequestState.OVERDUE).moveTo(RequestState.ANSWERED))
			.isEqualTo(RequestState.ANSWERED);
	}

	@Test
	void answeredDeclinedAndWithdrawnAreFinal() {
		for (RequestState end : new RequestState[] { RequestState.ANSWERED, RequestState.DECLINED,
				RequestState.WITHDRAWN }) {
			assertThat(end.isFinal()).isTrue();
			for (RequestState next : RequestState.values()) {
				assertThat(end.canMoveTo(next)).as(end + " -> " + next).isFalse();
			}
		}
		assertThatThrownBy(() -> RequestState.ANSWERED.moveTo(RequestState.DECLINED))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aFailedRequestCanOnlyBeWithdrawn() {
		assertThat(RequestState.FAILED.canMoveTo(RequestState.WITHDRAWN)).isTrue();
		assertThat(RequestState.FAILED.canMoveTo(RequestState.DELIVERED)).isFalse();
		assertThat(RequestState.DELIVERED.canMoveTo(RequestState.FAILED)).isFalse();
	}

	@Test
	void noStateMovesToDraftOrToItself() {
		for (RequestState state : RequestState.values()) {
			assertThat(state.canMoveTo(RequestState.DRAFT)).isFalse();
			assertThat(state.canMoveTo(state)).isFalse();
		}
	}

	@Test
	void placementConsentIsDueWithinThreeMonthsUnderArticle33Or82AndGoesThroughTheCentralAuthority() {
		RequestType type = RequestType.PLACEMENT_CONSENT;
		assertThat(type.legalBases()).containsExactly("Hague 1996 art. 33", "Brussels IIb art. 82");
		assertThat(type.deadline()).isEqualTo(java.time.Period.ofMonths(3));
		assertThat(type.defaultSendRule()).isEqualTo(SendRule.CENTRAL_AUTHORITY);
		assertThat(RequestType.INFORMATION.defaultSendRule()).isEqualTo(SendRule.TEAM);
	}

	@Test
	void aRefusalDeclinesAndAConsentAnswers() {
		assertThat(RequestType.PLACEMENT_CONSENT.stateAfter(JSON.valueToTree(Map.of("decision", "REFUSE"))))
			.isEqualTo(RequestState.DECLINED);
		assertThat(RequestType.PLACEMENT_CONSENT.stateAfter(JSON.valueToTree(Map.of("decision", "CONSENT"))))
			.isEqualTo(RequestState.ANSWERED);
		assertThat(RequestType.PLACEMENT_CONSENT.answerProblems(JSON.valueToTree(Map.of("decision", "MAYBE"))))
			.containsExactly("decision:one-of-CONSENT|REFUSE");
		assertThat(RequestType.INFORMATION.answerProblems(JSON.valueToTree(Map.of()))).containsExactly("report:required");
	}

	@Test
	void aRequestPayloadWithoutItsCaseExtractOrWithUnknownFieldsIsInvalid() {
		assertThat(RequestType.INFORMATION.problems(JSON.valueToTree(Map.of("message", "m", "child", "x"))))
			.containsExactlyInAnyOrder("child:unknown-field", "case:object");
	}

}
