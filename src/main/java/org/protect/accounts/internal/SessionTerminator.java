package org.protect.accounts.internal;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions at once, on every instance, when their access changes: deactivation,
 * a change of roles, a new password, an MFA reset. Sessions live in the database (Spring Session JDBC),
 * indexed by the principal's name.
 */
@Component
class SessionTerminator {

	private final JdbcClient jdbc;

	SessionTerminator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void endSessionsOf(Collection<String> usernames) {
		if (!usernames.isEmpty()) {
			jdbc.sql("DELETE FROM accounts.http_session WHERE principal_name = ANY(?)")
				.param(usernames.toArray(String[]::new))
				.update();
		}
	}

}
