package org.protect.shared;

/**
 * A rule of the domain refused an operation. Carries a message key (resolved in the user's language)
 * and its arguments, never text meant for a user.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
