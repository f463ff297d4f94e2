package org.protect.cooperation.web;

import java.util.Map;

import org.protect.cooperation.CooperationRefusedException;
import org.protect.shared.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Problem JSON for a cooperation refusal: its stable code, localised title and detail, extra members. */
final class CooperationProblems {

	private CooperationProblems() {
	}

	static ResponseEntity<Map<String, Object>> of(ProblemResponses problems, CooperationRefusedException ex) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		Map<String, Object> body = problems.body(status, ex.code(), ex.messageKey(), ex.arguments());
		body.putAll(ex.extra());
		return problems.entity(status, body);
	}

}
