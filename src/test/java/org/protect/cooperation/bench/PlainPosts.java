package org.protect.cooperation.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The plain side of the benchmark: unsigned, unencrypted HTTP posts of a sealed message's size to
 * {@link PlainReceiver}, from one thread, because the node's dispatcher also sends one message at a time
 * (one scheduled task per node, each message claimed, sent and marked before the next). The client is
 * built and the request shaped exactly as the dispatcher's, so that only the work around the post differs.
 */
final class PlainPosts {

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI target;

	private final String body;

	private long failures;

	PlainPosts(String receiverUrl, String body) {
		this.target = URI.create(receiverUrl + "/plain");
		this.body = body;
	}

	long failures() {
		return failures;
	}

	/** As fast as one sender can: the latency of each post, and the seconds the whole took. */
	Result backToBack(int count) {
		long[] micros = new long[count];
		long started = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long t = System.nanoTime();
			post();
			micros[i] = (System.nanoTime() - t) / 1000;
		}
		return new Result(micros, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * The signed run's arrivals replayed: post {@code i} becomes due at {@code arrivals[i]} microseconds after
	 * the start (when the signed run's message {@code i} was committed), waits for the sender if it is busy,
	 * and its latency runs from when it was due to the answer, as commit to receipt does.
	 */
	Result replay(long[] arrivals) {
		long[] micros = new long[arrivals.length];
		long started = System.nanoTime();
		for (int i = 0; i < arrivals.length; i++) {
			long due = started + arrivals[i] * 1000;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			post();
			micros[i] = (System.nanoTime() - due) / 1000;
		}
		return new Result(micros, (System.nanoTime() - started) / 1e9);
	}

	private void post() {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(target)
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/jose")
				.header("Accept", "application/jose, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				failures++;
			}
		}
		catch (IOException ex) {
			failures++;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Result(long[] micros, double seconds) {

		double perSecond() {
			return micros.length / seconds;
		}

	}

}
