package org.protect.shared.web;

import org.protect.shared.TextCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as written, never guessed at: {@code 2010.5} is not a year, {@code 12} is not a name, and a key
 * given twice is an error rather than "the last one wins" (which lets a body mean one thing to a proxy or a
 * signature check and another to us). No string may carry a control character other than tab and line
 * breaks; the refusal names the field by its JSON path, as {@link ApiExceptionHandler} reports it. Applies to
 * every JSON the node reads with its mapper: request bodies, case parts read from a tree, partners' messages.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		SimpleModule module = new SimpleModule("protect-strict-text");
		module.addDeserializer(String.class, new CheckedStringDeserializer());
		module.addKeyDeserializer(String.class, new CheckedKeyDeserializer());
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.addModule(module);
	}

	/** A string holding a character no text may hold; the path of the exception names the field. */
	static final class ControlCharactersException extends MismatchedInputException {

		private static final long serialVersionUID = 1L;

		ControlCharactersException(JsonParser parser) {
			// The message never quotes the value: it may be a child's name.
			super(parser, "Text with a control character", String.class);
		}

	}

	private static final class CheckedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (TextCharacters.hasControlCharacters(value)) {
				throw new ControlCharactersException(parser);
			}
			return value;
		}

	}

	private static final class CheckedKeyDeserializer extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			if (TextCharacters.hasControlCharacters(key)) {
				throw new ControlCharactersException(context.getParser());
			}
			return key;
		}

	}

}
