package org.protect.cooperation;

import java.util.UUID;

/**
 * A partner node as this node knows it.
 *
 * @param nodeId the partner's node id
 * @param country its country code
 * @param name its display name
 * @param baseUrl where this node reaches it
 * @param fingerprint the pinned fingerprint of its signing key
 * @param status whether messages flow
 */
public record PartnerSummary(UUID nodeId, String country, String name, String baseUrl, String fingerprint,
		PartnerStatus status) {
}
