package org.protect.cases;

import java.time.LocalDate;

/**
 * How a case ended: the durable solution reached here, or the case handed over to another country's
 * authority. Given with the transition to {@link CaseStage#CLOSED}.
 *
 * @param outcome which of the two
 * @param authority for a hand-over, the authority that took the case
 * @param country for a hand-over, its country (ISO 3166-1 alpha-2)
 * @param on when the solution was confirmed or the case handed over
 */
public record Closure(ClosureOutcome outcome, String authority, String country, LocalDate on) {
}
