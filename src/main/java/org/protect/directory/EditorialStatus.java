package org.protect.directory;

/**
 * Where an entry's latest revision stands: drafted by an editor, waiting for a second editor, or
 * published to everyone.
 */
public enum EditorialStatus {

	DRAFT, IN_REVIEW, PUBLISHED

}
