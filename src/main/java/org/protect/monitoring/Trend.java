package org.protect.monitoring;

import java.util.List;
import java.util.UUID;

/**
 * The child's own situation over time: every effective assessment of the current situation and every
 * follow-up assessment, oldest first.
 */
public record Trend(UUID caseId, String caseNumber, List<Assessment> points) {
}
