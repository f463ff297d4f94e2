package org.protect.statistics;

/**
 * One of the failure modes the project exists to stop, as a count among the children it could happen to.
 *
 * @param code the indicator (see {@link Dashboard})
 * @param count how many children it happened to
 * @param outOf among how many: the returns carried out, or the children identified
 * @param base what {@code outOf} counts: {@code RETURNS} or {@code CHILDREN}
 */
public record Indicator(String code, Count count, Count outOf, String base) {
}
