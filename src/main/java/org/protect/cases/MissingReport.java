package org.protect.cases;

import java.time.LocalDate;

/**
 * Whether the child is missing: reported when they disappear, ended when they are found.
 *
 * @param missing the child is missing now
 * @param reportedOn when the disappearance was reported (to the police as well)
 * @param circumstances what is known (last seen, with whom); no speculation
 * @param foundOn when the child was found, if they were
 */
public record MissingReport(boolean missing, LocalDate reportedOn, String circumstances, LocalDate foundOn) {
}
