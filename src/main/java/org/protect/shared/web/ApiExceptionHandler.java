package org.protect.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.protect.shared.ConflictException;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;
import org.protect.shared.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.exc.JsonNodeException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every exception that leaves a REST controller into problem JSON in the caller's language. An
 * exception's own message never reaches the caller; unexpected ones are logged with the correlation id.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final ProblemResponses problems;

	private final MessageSource messages;

	ApiExceptionHandler(ProblemResponses problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException) {
				return problems.entity(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", null, "");
			}
		}
		return JsonInputProblems.of(ex).map(problem -> {
			Map<String, Object> body = problems.body(HttpStatus.BAD_REQUEST, problem.code(), null);
			body.put("errors", problem.asErrors(
					messages.getMessage(problem.messageKey(), null, LocaleContextHolder.getLocale())));
			return problems.entity(HttpStatus.BAD_REQUEST, body);
		}).orElseGet(() -> problems.entity(HttpStatus.BAD_REQUEST, "malformed-json", null));
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<Map<String, Object>> invalid(BindException ex) {
		Map<String, Object> body = problems.body(HttpStatus.BAD_REQUEST, "validation-failed", null);
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message",
					messages.getMessage(error, LocaleContextHolder.getLocale())));
		}
		body.put("errors", errors);
		return problems.entity(HttpStatus.BAD_REQUEST, body);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<Map<String, Object>> invalidParameters(HandlerMethodValidationException ex) {
		return problems.entity(HttpStatus.BAD_REQUEST, "validation-failed", null);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<Map<String, Object>> badParameter(Exception ex) {
		return problems.entity(HttpStatus.BAD_REQUEST, "bad-request", null);
	}

	/** An upload without its file part (or without any part): a required field left out. */
	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException ex) {
		Map<String, Object> body = problems.body(HttpStatus.BAD_REQUEST, "validation-failed", null);
		body.put("errors", List.of(Map.of("field", ex.getRequestPartName(), "message",
				messages.getMessage("validation.required", null, LocaleContextHolder.getLocale()))));
		return problems.entity(HttpStatus.BAD_REQUEST, body);
	}

	/** A multipart body Spring could not take apart (most are refused earlier, by {@link RequestInputFilter}). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Map<String, Object>> unreadableMultipart(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return problems.entity(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", null, "");
		}
		return problems.entity(HttpStatus.BAD_REQUEST, "bad-request", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return problems.entity(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return problems.entity(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", null);
	}

	/**
	 * A controller that reads the body as a tree met a value of the wrong kind (a list where a text was due)
	 * that it did not check itself: the body is refused, as unreadable JSON would be.
	 */
	@ExceptionHandler(JsonNodeException.class)
	ResponseEntity<Map<String, Object>> wrongKindInTree(JsonNodeException ex) {
		log.warn("A JSON body held a value of the wrong kind [{}]", RequestMetadata.correlationId().orElse("-"));
		return problems.entity(HttpStatus.BAD_REQUEST, "malformed-json", null);
	}

	/** Asked for a type the operation does not answer in (an {@code Accept} without JSON): said in problem JSON. */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return problems.entity(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Map<String, Object>> invalidInput(InvalidInputException ex) {
		Map<String, Object> body = problems.body(HttpStatus.BAD_REQUEST, "validation-failed", null);
		List<Map<String, String>> errors = new ArrayList<>();
		for (InvalidInputException.FieldProblem problem : ex.problems()) {
			errors.add(Map.of("field", problem.field(), "message",
					messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale())));
		}
		body.put("errors", errors);
		return problems.entity(HttpStatus.BAD_REQUEST, body);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Map<String, Object>> conflict(ConflictException ex) {
		return problems.entity(HttpStatus.CONFLICT, "conflict", ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException ex) {
		return problems.entity(HttpStatus.NOT_FOUND, "not-found", ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<Map<String, Object>> tooMany(TooManyRequestsException ex) {
		return problems.entity(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Map<String, Object>> refused(DomainException ex) {
		return problems.entity(HttpStatus.UNPROCESSABLE_CONTENT, "refused", ex.messageKey(), ex.arguments());
	}

	/**
	 * Rethrown so that Spring Security's access-denied handler answers, and audits the refusal, as it does
	 * for refusals at the URL level.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	void forbidden(AccessDeniedException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex) {
		log.error("Unexpected error in API request [{}]", RequestMetadata.correlationId().orElse("-"), ex);
		return problems.entity(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null);
	}

}
