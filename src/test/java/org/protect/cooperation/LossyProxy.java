package org.protect.cooperation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP link from one node to another that can fail the way networks and nodes do, at the
 * moment a test chooses: refuse connections, lose the answers, or hold the answers back. Anything the
 * partner answers was written after its transaction committed, so a lost or held answer is exactly a
 * message the partner stored and the sender never heard about. It does not read HTTP: a sender sends one
 * message at a time per connection, so the bytes coming back are that message's answer.
 */
final class LossyProxy implements AutoCloseable {

	enum Mode {

		/** Both ways, untouched. */
		FORWARD,
		/** Connections are accepted and closed at once, as by a partner that is down. */
		REFUSE,
		/** Requests go through; the first byte of an answer closes the connection instead of arriving. */
		LOSE_ANSWERS,
		/** Requests go through; answers are kept back until {@link #release()}. */
		HOLD_ANSWERS

	}

	private final ServerSocket server;

	private final int targetPort;

	private final Set<Link> links = ConcurrentHashMap.newKeySet();

	private final AtomicInteger lost = new AtomicInteger();

	private final AtomicInteger held = new AtomicInteger();

	private volatile Mode mode = Mode.FORWARD;

	LossyProxy(int port, int targetPort) {
		this.targetPort = targetPort;
		try {
			this.server = new ServerSocket();
			this.server.setReuseAddress(true);
			this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		daemon(this::accept);
	}

	String baseUrl() {
		return "http://localhost:" + server.getLocalPort();
	}

	/** Passes everything from now on; answers still held stay held (see {@link #release()}). */
	void forward() {
		mode = Mode.FORWARD;
	}

	/** Refuses connections from now on, and closes the open ones (a sender may keep one alive). */
	void refuse() {
		mode = Mode.REFUSE;
		links.forEach(Link::close);
	}

	void loseAnswers() {
		lost.set(0);
		mode = Mode.LOSE_ANSWERS;
	}

	void holdAnswers() {
		held.set(0);
		mode = Mode.HOLD_ANSWERS;
	}

	/** Delivers the answers held back, late, and forwards from now on. */
	void release() {
		mode = Mode.FORWARD;
		links.forEach(Link::release);
	}

	/** Closes the connections whose answer is held: the answers are lost, late. */
	void dropHeld() {
		links.forEach(Link::dropIfHolding);
	}

	/** Answers lost since {@link #loseAnswers()}. */
	int lost() {
		return lost.get();
	}

	/** Connections whose answer is held since {@link #holdAnswers()}. */
	int held() {
		return held.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			Socket client;
			try {
				client = server.accept();
			}
			catch (IOException ex) {
				return;
			}
			if (mode == Mode.REFUSE) {
				quietly(client);
				continue;
			}
			Socket target = new Socket();
			try {
				target.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
			}
			catch (IOException ex) {
				// The partner is down: so is the link.
				quietly(client);
				quietly(target);
				continue;
			}
			Link link = new Link(client, target);
			links.add(link);
			daemon(link::requests);
			daemon(link::answers);
		}
	}

	@Override
	public void close() {
		quietly(server);
		links.forEach(Link::close);
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "lossy-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	private static void quietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Closing is all that is asked.
		}
	}

	/** One connection of the sender, and its own connection to the partner. */
	private final class Link {

		private final Socket client;

		private final Socket target;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private boolean holding;

		private boolean targetClosed;

		Link(Socket client, Socket target) {
			this.client = client;
			this.target = target;
		}

		void requests() {
			try (InputStream in = client.getInputStream(); OutputStream out = target.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// Either side went away.
			}
			close();
		}

		void answers() {
			byte[] buffer = new byte[8192];
			try {
				InputStream in = target.getInputStream();
				OutputStream out = client.getOutputStream();
				int n;
				while ((n = in.read(buffer)) >= 0) {
					if (!pass(buffer, n, out)) {
						break;
					}
				}
			}
			catch (IOException ex) {
				// Either side went away.
			}
			if (!keptAfterTargetClosed()) {
				close();
			}
		}

		/** The partner closed (or died) after answering: what it answered is still held for the sender. */
		private synchronized boolean keptAfterTargetClosed() {
			targetClosed = true;
			return holding;
		}

		private synchronized boolean pass(byte[] buffer, int n, OutputStream out) throws IOException {
			if (!holding && mode == Mode.HOLD_ANSWERS) {
				holding = true;
				held.incrementAndGet();
			}
			if (holding) {
				kept.write(buffer, 0, n);
				return true;
			}
			if (mode == Mode.LOSE_ANSWERS) {
				lost.incrementAndGet();
				return false;
			}
			out.write(buffer, 0, n);
			out.flush();
			return true;
		}

		synchronized void release() {
			if (!holding) {
				return;
			}
			holding = false;
			try {
				OutputStream out = client.getOutputStream();
				kept.writeTo(out);
				out.flush();
			}
			catch (IOException ex) {
				close();
			}
			kept.reset();
			if (targetClosed) {
				close();
			}
		}

		synchronized void dropIfHolding() {
			if (holding) {
				close();
			}
		}

		void close() {
			links.remove(this);
			quietly(client);
			quietly(target);
		}

	}

}
