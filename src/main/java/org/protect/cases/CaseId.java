package org.protect.cases;

import java.util.Objects;
import java.util.UUID;

/** The identity of a case file. */
public record CaseId(UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

}
