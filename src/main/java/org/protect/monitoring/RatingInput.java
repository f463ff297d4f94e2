package org.protect.monitoring;

/**
 * The rating of one condition as it is recorded.
 *
 * @param level a level code of the scale, or {@link WellBeingScale#UNKNOWN}
 * @param justification why this rating, in a few sentences (required, also for "unknown": what is missing)
 * @param sources what the rating rests on: conversations, visits, reports (required unless unknown)
 * @param childLevel how the child sees the same condition, on the same scale; {@code null} when the child
 *        gave no view on it
 */
public record RatingInput(String level, String justification, String sources, String childLevel) {
}
