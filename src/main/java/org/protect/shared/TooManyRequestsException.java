package org.protect.shared;

/** The caller asked too often in too short a time; they may ask again later. */
public class TooManyRequestsException extends DomainException {

	public TooManyRequestsException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
