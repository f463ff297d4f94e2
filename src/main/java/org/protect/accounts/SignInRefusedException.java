package org.protect.accounts;

import org.protect.shared.DomainException;

/**
 * A sign-in was refused. The reason is deliberately coarse: a wrong user name, a wrong password and a
 * locked account all read {@link Reason#INVALID_CREDENTIALS}, so that nobody can probe which accounts
 * exist.
 */
public class SignInRefusedException extends DomainException {

	private final Reason reason;

	public SignInRefusedException(Reason reason) {
		super("accounts.signIn.refused." + reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {

		INVALID_CREDENTIALS, MFA_CODE_REQUIRED, MFA_ENROLMENT_REQUIRED

	}

}
