/**
 * Cross-border cooperation between nodes: this node's identity and keys, partner nodes and their pinned
 * keys, signed and encrypted messages, the transactional outbox and the inbox, signed receipts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.cooperation;
