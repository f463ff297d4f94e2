package org.protect.cooperation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The registry of message types this node understands, one bean per type.
 */
@Component
public class MessageTypes {

	private final Map<String, MessageType> types;

	MessageTypes(List<MessageType> types) {
		this.types = java.util.stream.Stream.concat(types.stream(), RequestMessageType.all().stream()).collect(Collectors.toUnmodifiableMap(MessageType::code, Function.identity()));
	}

	public Optional<MessageType> find(String code) {
		return Optional.ofNullable(code == null ? null : types.get(code));
	}

}
