package org.protect.cooperation;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A request to send to a partner node.
 *
 * @param type the type's code, e.g. {@code PLACEMENT_CONSENT}
 * @param legalBasis one of the type's legal bases
 * @param message the covering message to the partner
 * @param fields the type's own fields (e.g. {@code reasons}, {@code expectedDuration}, {@code funding})
 */
public record NewRequestCommand(UUID caseId, UUID partnerNodeId, String type, String legalBasis, String message,
		Map<String, String> fields) {

	public NewRequestCommand {
		// A field sent as null is a field not given.
		fields = fields == null ? Map.of()
				: fields.entrySet()
					.stream()
					.filter(field -> field.getKey() != null && field.getValue() != null)
					.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
