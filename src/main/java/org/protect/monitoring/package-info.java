/**
 * Well-being assessments, follow-up schedules and court-ready reports (to be built).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.monitoring;
