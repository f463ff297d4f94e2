package org.protect.shared;

/**
 * The record changed since the caller read it, or the change would break a rule that protects the
 * node (such as removing its last administrator).
 */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
