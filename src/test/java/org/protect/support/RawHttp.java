package org.protect.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand on a socket, for what a well-behaved client will not send: a forged
 * {@code Host}, forwarded headers, a request from another loopback address.
 */
public final class RawHttp {

	/** A response's status line, headers (name: value, as sent) and body. */
	public record Response(int status, List<String> headers, String body) {

		/** Every value of the header, case-insensitively by name. */
		public List<String> all(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return headers.stream()
				.filter(header -> header.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map(header -> header.substring(prefix.length()).strip())
				.toList();
		}

		public String first(String name) {
			List<String> values = all(name);
			return values.isEmpty() ? null : values.get(0);
		}

	}

	private RawHttp() {
	}

	/** Sends {@code GET path} from {@code from} (a loopback address) to the port, with the given header lines. */
	public static Response get(String from, int port, String path, String... headers) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return parse(socket.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response parse(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		String text = all.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = end < 0 ? text : text.substring(0, end);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
		return new Response(status, headers, end < 0 ? "" : text.substring(end + 4));
	}

}
