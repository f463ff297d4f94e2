package org.protect.reports;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a synthetic court report once the node is ready, on a thread of its own, so that the first report a
 * judge's clerk asks for is not the one that loads openhtmltopdf, PDFBox and Batik, reads the fonts and
 * parses the template (7.4 s measured, against about 0.1 s for later ones). The node is ready, and its health
 * UP, without waiting for it; a report asked for meanwhile is rendered as before, only not faster. Turned off
 * with {@code protect.reports.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "protect.reports.warm-up", havingValue = "true", matchIfMissing = true)
class CourtReportWarmUp {

	private static final Logger log = LoggerFactory.getLogger(CourtReportWarmUp.class);

	private final CourtReports reports;

	private final CountDownLatch finished = new CountDownLatch(1);

	private volatile boolean succeeded;

	CourtReportWarmUp(CourtReports reports) {
		this.reports = reports;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(this::run, "court-report-warm-up");
		thread.setDaemon(true);
		// Below the request threads: a request that comes meanwhile goes first.
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private void run() {
		long start = System.nanoTime();
		try {
			reports.warmUp();
			succeeded = true;
			log.info("Court report renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException | LinkageError ex) {
			// Nothing depends on it: the first report will render cold, as without the warm-up.
			log.warn("Court report warm-up failed; the first report will render cold", ex);
		}
		finally {
			finished.countDown();
		}
	}

	/** Waits for the warm-up; whether it rendered the synthetic report. */
	boolean awaitWarmedUp(long timeout, TimeUnit unit) throws InterruptedException {
		return finished.await(timeout, unit) && succeeded;
	}

}
