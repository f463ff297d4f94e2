package org.protect.identity;

/**
 * Two encodings whose Dice coefficient reached the threshold.
 */
public record ClkMatch(String leftId, String rightId, double dice) {
}
