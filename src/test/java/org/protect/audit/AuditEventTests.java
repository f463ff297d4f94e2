package org.protect.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditEventTests {

	@Test
	void anEventNeedsAnActionAndAnOutcome() {
		assertThatThrownBy(() -> new AuditEvent(" ", null, null, AuditOutcome.SUCCESS, null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AuditEvent("LOGIN", null, null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void buildsAnEventForARecord() {
		AuditEvent event = AuditEvent.success("CASE_READ", "child_case", 42).withDetails("from the case page").by("someone");
		assertThat(event.recordType()).isEqualTo("child_case");
		assertThat(event.recordId()).isEqualTo("42");
		assertThat(event.details()).isEqualTo("from the case page");
		assertThat(event.actor()).isEqualTo("someone");
		assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
	}

}
