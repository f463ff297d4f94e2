/**
 * The append-only, hash-chained log of every read and write of personal data, every login and every
 * cross-border message.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.protect.audit;
