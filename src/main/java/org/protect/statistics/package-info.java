/**
 * Anonymised indicators for policy with small-cell suppression (to be built).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.statistics;
