/**
 * Partner nodes, signed and encrypted cross-border requests, outbox and inbox (to be built).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.cooperation;
