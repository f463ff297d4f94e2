package org.protect.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors the servlet container finds before the application sees the request (a header or a
 * request line too large, an encoded slash in the path): problem JSON when the path is the API's (or cannot be
 * read), else a plain page in the caller's language. Either way without server details, and with headers as
 * strict as the application's: this body loads nothing, so its policy allows nothing.
 */
final class ContainerErrorReportValve extends ErrorReportValve {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'";

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ContainerErrorReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus httpStatus = HttpStatus.resolve(status) != null ? HttpStatus.resolve(status)
				: HttpStatus.BAD_REQUEST;
		Locale locale = locale(request);
		String uri = uri(request);
		boolean problem = uri == null || ProblemResponses.isJsonChannel(uri);
		try {
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "same-origin");
			response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
			response.setHeader("Cache-Control", "no-store");
			response.setContentType(problem ? ProblemResponses.PROBLEM_JSON.toString() : "text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problem ? problem(httpStatus, locale) : page(httpStatus, locale));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot be written: nothing more to tell it.
		}
	}

	private String problem(HttpStatus status, Locale locale) {
		String code = ErrorPageController.codeOf(status);
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("type", "urn:protect:problem:" + code);
		body.put("title", messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
		body.put("status", status.value());
		String detailKey = ErrorPageController.detailKeyOf(status);
		body.put("detail", messages.getMessage(detailKey != null ? detailKey : "problem." + code + ".detail", null, "",
				locale));
		body.put("code", code);
		return json.writeValueAsString(body);
	}

	private String page(HttpStatus status, Locale locale) {
		String kind = status.is4xxClientError() ? "400" : "500";
		String title = HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".title", null, locale));
		String text = HtmlUtils.htmlEscape(messages.getMessage("error." + kind + ".text", null, locale));
		return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
				+ title + "</title></head><body><main><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale)) + "</a></p></main></body></html>";
	}

	/** The path, when the request line could be read. */
	private static String uri(Request request) {
		try {
			String uri = request.getRequestURI();
			return uri == null || uri.isEmpty() ? null : uri;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** The caller's language among the node's, when the headers could be read; else English. */
	private static Locale locale(Request request) {
		try {
			String language = request.getLocale().getLanguage();
			return switch (language) {
				case "sv", "lv", "lt" -> new Locale(language);
				default -> Locale.ENGLISH;
			};
		}
		catch (RuntimeException ex) {
			return Locale.ENGLISH;
		}
	}

}
