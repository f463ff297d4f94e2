package org.protect.cooperation.internal;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One type of cross-border message: its code and the rules its payload must follow. Both sides check
 * them: the sender before queueing, the recipient before storing.
 */
public interface MessageType {

	String code();

	/** What is wrong with the payload, as short codes without personal data; empty when it is valid. */
	List<String> problems(JsonNode payload);

}
