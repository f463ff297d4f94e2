package org.protect.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * Signing in beyond the password: the second factor, MFA enrolment, and API tokens.
 */
public interface SignIn {

	/**
	 * Checks the TOTP code of a user who gave the right password. A wrong code counts towards the
	 * lock-out like a wrong password.
	 *
	 * @return the fully signed-in user, or empty when the code is wrong or the account is locked
	 */
	Optional<CurrentUser> verifyCode(CurrentUser pending, String code);

	/** A fresh secret for the user to enrol, with its QR code; nothing is stored until confirmed. */
	MfaEnrolment startEnrolment(CurrentUser user, String qrCodeLabel);

	/** The same enrolment again, for a secret already given to the user (after a mistyped code). */
	MfaEnrolment enrolmentFor(CurrentUser user, String secret, String qrCodeLabel);

	/**
	 * Stores the secret once the user proves their authenticator app produces its codes.
	 *
	 * @return the user, fully signed in, or empty when the code does not match
	 */
	Optional<CurrentUser> confirmEnrolment(CurrentUser user, String secret, String code);

	/** Whether the user has enrolled a TOTP authenticator. */
	boolean hasMfa(CurrentUser user);

	/**
	 * Issues an API token after checking the password and, where the user has MFA, the code.
	 *
	 * @throws SignInRefusedException with the reason when it is refused
	 */
	ApiToken issueToken(String username, String password, String code);

	/** Revokes the token; false when it was unknown, expired or already revoked. */
	boolean revokeToken(String token);

	/**
	 * A new API token.
	 *
	 * @param token the secret to send as {@code Authorization: Bearer}; shown once, stored only hashed
	 * @param expiresAt when it stops working
	 */
	record ApiToken(String token, Instant expiresAt) {
	}

	/**
	 * An enrolment in progress.
	 *
	 * @param secret the Base32 secret, to type in where the QR code cannot be scanned
	 * @param uri the otpauth URI
	 * @param qrCodeSvg the QR code of the URI as inline SVG
	 */
	record MfaEnrolment(String secret, String uri, String qrCodeSvg) {
	}

}
