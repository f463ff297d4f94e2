/**
 * Cross-border cooperation between nodes: this node's identity and keys, partner nodes and their pinned
 * keys, signed and encrypted messages, the transactional outbox and the inbox, signed receipts, and the
 * request conversations built on them (the case module shares a minimised view of a case through
 * {@code CaseSharing}; it does not know this module). A follow-up report's answer carries the receiving
 * country's well-being ratings, which the monitoring module checks and records ({@code PartnerFollowUps}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "accounts", "cases", "identity", "monitoring" })
package org.protect.cooperation;
