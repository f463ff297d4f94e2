package org.protect.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The last stop for every error the application did not answer itself (unknown paths, errors raised by
 * the servlet container, exceptions from pages): problem JSON for the API, an error page in the user's
 * language for everyone else. Neither ever shows an exception's message.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private final ProblemResponses problems;

	private final MessageSource messages;

	ErrorPageController(ProblemResponses problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
		HttpStatus status = statusOf(request);
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		String correlationId = RequestMetadata.correlationId().orElse(null);
		if (status.is5xxServerError()) {
			log.error("Error {} on {} [{}]", status.value(), request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					correlationId, exception instanceof Throwable t ? t : null);
		}
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		RequestInputFilter.Refusal refusal = request.getAttribute(RequestInputFilter.REFUSAL) instanceof
				RequestInputFilter.Refusal known ? known : null;
		String field = refusal != null ? refusal.field() : null;
		if (ProblemResponses.isJsonChannel(uri != null ? uri : request.getRequestURI())) {
			Map<String, Object> body = problems.body(status, refusal != null ? refusal.code() : codeOf(status),
					detailKeyOf(status));
			if (field != null) {
				body.put("errors", List.of(Map.of("field", field, "message",
						messages.getMessage("validation.invalidCharacters", null, LocaleContextHolder.getLocale()))));
			}
			problems.write(response, status, body);
			return null;
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("kind", switch (status.value()) {
			case 403, 404 -> String.valueOf(status.value());
			default -> status.is4xxClientError() ? "400" : "500";
		});
		model.addAttribute("correlationId", correlationId);
		model.addAttribute("field", field);
		return "error";
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** Here the limit that was passed is not known, so the detail names none. */
	static String detailKeyOf(HttpStatus status) {
		return status == HttpStatus.CONTENT_TOO_LARGE ? "problem.payload-too-large.unsized" : null;
	}

	static String codeOf(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "bad-request";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case NOT_ACCEPTABLE -> "not-acceptable";
			case CONTENT_TOO_LARGE -> "payload-too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
			default -> status.is4xxClientError() ? "bad-request" : "internal-error";
		};
	}

}
