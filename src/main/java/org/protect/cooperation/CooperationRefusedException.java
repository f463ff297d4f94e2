package org.protect.cooperation;

import java.util.Map;

import org.protect.shared.DomainException;

/**
 * A cooperation operation was refused: pairing with a partner whose identity does not check out, or a
 * message from a partner that fails a check. Carries the HTTP status and the stable problem code the API
 * answers with, a message key, and extra problem members without personal data.
 */
public class CooperationRefusedException extends DomainException {

	private final int status;

	private final String code;

	private final transient Map<String, Object> extra;

	public CooperationRefusedException(int status, String code, Map<String, Object> extra, Object... arguments) {
		super("cooperation.problem." + code, arguments);
		this.status = status;
		this.code = code;
		this.extra = Map.copyOf(extra);
	}

	public CooperationRefusedException(int status, String code, Object... arguments) {
		this(status, code, Map.of(), arguments);
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Map<String, Object> extra() {
		return extra;
	}

}
