package org.protect.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact on file about the child's identity, with its provenance.
 *
 * @param id the fact's id
 * @param value the fact as given (with the Latin transliteration of a name filled in)
 * @param recordedAt when it was recorded here
 * @param recordedBy who recorded it (user name)
 * @param voided whether it was voided (wrong, or superseded), with {@code voidReason}
 * @param voidReason why
 */
public record IdentityFact(UUID id, IdentityFactInput value, Instant recordedAt, String recordedBy, boolean voided,
		String voidReason) {

	public FactKind kind() {
		return value.kind();
	}

}
