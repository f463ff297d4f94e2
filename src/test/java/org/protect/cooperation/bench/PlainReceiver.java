package org.protect.cooperation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

/**
 * The trivial receiver of the plain side of the messaging benchmark: {@code POST /plain} keeps the body in
 * memory and answers 200 with no body; {@code GET /stats} tells how many bodies and bytes it holds, so that
 * the harness can check that every post arrived whole. No parsing, no crypto, no database, no fsync: the
 * floor that HTTP on loopback alone costs. It runs in a process of its own, as the partner node does.
 * <p>
 * Usage: {@code PlainReceiver <port>}
 */
public final class PlainReceiver {

	private PlainReceiver() {
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		List<byte[]> bodies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong bytes = new AtomicLong();
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
		server.createContext("/plain", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				byte[] body = in.readAllBytes();
				bodies.add(body);
				bytes.addAndGet(body.length);
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.createContext("/stats", exchange -> {
			byte[] answer = "{\"count\":%d,\"bytes\":%d}".formatted(bodies.size(), bytes.get())
				.getBytes(StandardCharsets.US_ASCII);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		server.start();
		System.out.println("Plain receiver listening on port " + port);
	}

}
