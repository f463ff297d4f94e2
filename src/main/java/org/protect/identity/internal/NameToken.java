package org.protect.identity.internal;

/**
 * One part of a name: its ASCII form and the canonical key shared by its variant spellings.
 */
public record NameToken(String folded, String canonical) {
}
