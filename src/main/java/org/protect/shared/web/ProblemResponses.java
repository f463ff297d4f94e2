package org.protect.shared.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem documents with titles and details in the caller's language. Every problem
 * has a stable machine-readable {@code code} and, where one exists, the request's correlation id, so an
 * operator can find the log line without the user ever seeing an exception.
 */
@Component
public class ProblemResponses {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * A problem body for {@code code}: title from {@code problem.<code>.title}, detail from
	 * {@code detailKey} (or {@code problem.<code>.detail} when null).
	 */
	public Map<String, Object> body(HttpStatus status, String code, String detailKey, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "urn:protect:problem:" + code);
		body.put("title", messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
		body.put("status", status.value());
		String key = detailKey != null ? detailKey : "problem." + code + ".detail";
		body.put("detail", messages.getMessage(key, named(arguments), "", locale));
		body.put("code", code);
		RequestMetadata.correlationId().ifPresent(id -> body.put("correlationId", id));
		return body;
	}

	public ResponseEntity<Map<String, Object>> entity(HttpStatus status, String code, String detailKey,
			Object... arguments) {
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body(status, code, detailKey, arguments));
	}

	public ResponseEntity<Map<String, Object>> entity(HttpStatus status, Map<String, Object> body) {
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body);
	}

	/** Writes a problem straight to the response, for filters and security handlers. */
	public void write(HttpServletResponse response, HttpStatus status, String code, String detailKey,
			Object... arguments) throws IOException {
		write(response, status, body(status, code, detailKey, arguments));
	}

	public void write(HttpServletResponse response, HttpStatus status, Map<String, Object> body) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(body));
		response.flushBuffer();
	}

	/** Whether a request path belongs to a JSON channel (the API or the federation endpoint). */
	public static boolean isJsonChannel(String path) {
		return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/federation/"));
	}

	/**
	 * A value of an enum in a message is shown by its name in the reader's language
	 * ({@code enum.<Type>.<VALUE>}), or its constant when there is none.
	 */
	private static Object[] named(Object[] arguments) {
		if (arguments == null) {
			return null;
		}
		Object[] named = arguments.clone();
		for (int i = 0; i < named.length; i++) {
			if (named[i] instanceof Enum<?> value) {
				named[i] = new DefaultMessageSourceResolvable(
						new String[] { "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name() },
						value.name());
			}
		}
		return named;
	}

}
