package org.protect.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over {@code protect.api.max-body-bytes} with 413: at once when the declared length
 * is too large, and while reading when a chunked body grows past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxImportBytes;

	private final ProblemResponses problems;

	ApiBodyLimitFilter(@Value("${protect.api.max-body-bytes:1048576}") long maxBytes,
			@Value("${protect.api.max-import-bytes:52428800}") long maxImportBytes, ProblemResponses problems) {
		this.maxBytes = maxBytes;
		this.maxImportBytes = maxImportBytes;
		this.problems = problems;
	}

	/** Imports carry whole directories, so they may be larger than other requests. */
	private long limitFor(HttpServletRequest request) {
		return request.getRequestURI().endsWith("/import") ? maxImportBytes : maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ProblemResponses.isJsonChannel(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", null, limit);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedInputStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		LimitedInputStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws PayloadTooLargeException {
			count += n;
			if (count > limit) {
				throw new PayloadTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
