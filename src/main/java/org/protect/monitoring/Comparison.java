package org.protect.monitoring;

import java.util.List;
import java.util.UUID;

/**
 * The situations considered for a child side by side, for the best-interests determination: the newest
 * effective assessment of the current situation, then of each option (by name, in the order first assessed).
 */
public record Comparison(UUID caseId, String caseNumber, List<Assessment> situations) {
}
