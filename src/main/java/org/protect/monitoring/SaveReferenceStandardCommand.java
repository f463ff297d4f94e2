package org.protect.monitoring;

/**
 * A reference standard as a supervisor or an administrator writes it.
 *
 * @param adequate what adequate means in the country for the condition (required)
 * @param source where it is taken from (required to mark it verified)
 * @param verified checked against the source today
 * @param expectedVersion the version the change was made on (0 for a new one), or {@code null} to overwrite
 */
public record SaveReferenceStandardCommand(String adequate, String source, boolean verified, Integer expectedVersion) {
}
