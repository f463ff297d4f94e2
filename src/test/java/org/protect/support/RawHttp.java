package org.protect.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
		return send(null, port, request);
	}

	/**
	 * Sends {@code GET path} with the header lines given (a forged {@code Host}, forwarded headers) from a
	 * loopback address of the caller's choice, as a proxy or a client elsewhere would.
	 */
	public static Answer get(String from, int port, String path, String... headers) {
		StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		return send(from, port, request.toString().getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Answer send(String from, int port, byte[] request) {
		try (Socket socket = new Socket()) {
			if (from != null) {
				socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			}
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
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

	/** A response: status, headers (names in lower case, each with its values in order) and the body, de-chunked. */
	public record Answer(int status, Map<String, List<String>> headers, String body) {

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			assertThat(end).as("an HTTP response, got: %s", text).isPositive();
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			// ISO-8859-1 keeps one char per byte, so indexes into the text are indexes into the bytes.
			String body = text.substring(end + 4);
			if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
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

		/** The header's values joined as one, or {@code null} when it was not sent. */
		public String header(String name) {
			List<String> values = all(name);
			return values.isEmpty() ? null : String.join(", ", values);
		}

		/** Every value of the header, one per header line (each {@code Set-Cookie} on its own). */
		public List<String> all(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
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
