package org.protect.shared.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.protect.shared.TextCharacters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where every request parameter (query, form and multipart fields, and the names of uploaded
 * files) is checked before anything reads it: parameters the container cannot parse (an empty name, a broken
 * multipart body, a part too large) and text with control characters are refused here, as a client error that
 * names the parameter, through the error page ({@link ErrorPageController}) like every other error. The error
 * page then sees the request without its parameters, so that nothing there trips over them again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestInputFilter extends OncePerRequestFilter {

	/** The request attribute holding the {@link Refusal}, for the error page. */
	static final String REFUSAL = RequestInputFilter.class.getName() + ".refusal";

	private static final Logger log = LoggerFactory.getLogger(RequestInputFilter.class);

	private static final int MAX_FIELD_NAME = 100;

	private static final String UPLOAD_PART = "file";

	/** Why a request was refused, and the parameter that broke the rule when one did. */
	record Refusal(HttpStatus status, String code, String field) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Refusal refusal = request.getAttribute(REFUSAL) instanceof Refusal known ? known : check(request);
		if (refusal == null) {
			chain.doFilter(request, response);
		}
		else if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
			request.setAttribute(REFUSAL, refusal);
			chain.doFilter(new WithoutInput(request), response);
		}
		else {
			// A client's mistake or a probe: one line, no stack trace, no value (it may be personal data).
			log.warn("Refused request parameters: {} {}", refusal.status().value(), refusal.code());
			request.setAttribute(REFUSAL, refusal);
			response.sendError(refusal.status().value());
		}
	}

	private static Refusal check(HttpServletRequest request) {
		try {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (TextCharacters.hasControlCharacters(parameter.getKey())) {
					return invalidCharacters(parameter.getKey());
				}
				for (String value : parameter.getValue()) {
					if (TextCharacters.hasControlCharacters(value)) {
						return invalidCharacters(parameter.getKey());
					}
				}
			}
			if (isMultipart(request)) {
				for (Part part : request.getParts()) {
					if (TextCharacters.hasControlCharacters(part.getName())
							|| TextCharacters.hasControlCharacters(part.getSubmittedFileName())) {
						return invalidCharacters(part.getName());
					}
				}
			}
			return null;
		}
		catch (InvalidFileNameException ex) {
			// Tomcat refuses a file name with a NUL before saying whose it is; every upload here is the part "file".
			return invalidCharacters(UPLOAD_PART);
		}
		catch (InvalidParameterException ex) {
			HttpStatus status = HttpStatus.resolve(ex.getErrorCode());
			return status == HttpStatus.CONTENT_TOO_LARGE ? new Refusal(status, "payload-too-large", null)
					: new Refusal(HttpStatus.BAD_REQUEST, "bad-request", null);
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			return new Refusal(HttpStatus.BAD_REQUEST, "bad-request", null);
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

	private static Refusal invalidCharacters(String name) {
		StringBuilder printable = new StringBuilder();
		if (name != null) {
			name.codePoints()
				.filter(c -> !Character.isISOControl(c))
				.limit(MAX_FIELD_NAME)
				.forEach(printable::appendCodePoint);
		}
		return new Refusal(HttpStatus.BAD_REQUEST, "invalid-characters", printable.toString());
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	/** The refused request as the error page sees it: no parameters, no parts, no body type to parse. */
	private static final class WithoutInput extends HttpServletRequestWrapper {

		WithoutInput(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

	}

}
