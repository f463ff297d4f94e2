package org.protect.cases;

/**
 * A supervisor's request to let a transition through although a safeguard is unmet.
 *
 * @param safeguard the safeguard to override
 * @param reason the written reason, kept on the case forever
 */
public record OverrideRequest(Safeguard safeguard, String reason) {
}
