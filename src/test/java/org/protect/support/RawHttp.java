package org.protect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends bytes exactly as given over a socket and reads the answer until the server closes the connection, for
 * requests an HTTP client library would refuse to send or would repair. Send {@code Connection: close}.
 */
public final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RawHttp() {
	}

	public static Answer send(int port, byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			return Answer.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				out.write(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			// A server that refuses a request may reset the connection after answering: keep what came.
			if (out.size() == 0) {
				throw ex;
			}
		}
		return out.toByteArray();
	}

	/** A response: status, headers (names in lower case) and the body, de-chunked. */
	public record Answer(int status, Map<String, String> headers, String body) {

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			assertThat(end).as("an HTTP response, got: %s", text).isPositive();
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
			}
			// ISO-8859-1 keeps one char per byte, so indexes into the text are indexes into the bytes.
			String body = text.substring(end + 4);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers,
					new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}

		private static String dechunk(String body) {
			StringBuilder out = new StringBuilder();
			int at = 0;
			while (at < body.length()) {
				int lineEnd = body.indexOf("\r\n", at);
				int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					break;
				}
				out.append(body, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			return out.toString();
		}

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** Problem JSON with its stable code, no trace of an exception, and the security headers. */
		public Answer assertProblem(int expectedStatus, String code) {
			assertThat(status).as(body).isEqualTo(expectedStatus);
			assertThat(header("Content-Type")).as(body).startsWith("application/problem+json");
			JsonNode problem = json();
			assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
			assertThat(problem.get("code").asString()).isEqualTo(code);
			assertThat(problem.get("title").asString()).isNotBlank();
			assertNoLeaksAndSecurityHeaders();
			return this;
		}

		/** An HTML error page in the application's language, not the servlet container's. */
		public Answer assertErrorPage(int expectedStatus) {
			assertThat(status).as(body).isEqualTo(expectedStatus);
			assertThat(header("Content-Type")).as(body).startsWith("text/html");
			assertThat(body).contains("<html lang=").doesNotContain("HTTP Status").doesNotContain("Tomcat");
			assertNoLeaksAndSecurityHeaders();
			return this;
		}

		private void assertNoLeaksAndSecurityHeaders() {
			assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Tomcat");
			assertThat(header("Content-Security-Policy")).as("CSP").contains("frame-ancestors 'none'");
			assertThat(header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(header("Referrer-Policy")).isNotBlank();
		}

	}

}
