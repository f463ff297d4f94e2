package org.protect.statistics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the figures again from the cases in the background: every
 * {@code protect.statistics.refresh-interval} (1 hour by default), the first time
 * {@code protect.statistics.refresh-initial-delay} after start (30 s). Reading a million cases takes about a
 * minute, which an analyst should not wait for at every click; the dashboard says how old its figures are.
 * With several instances, one refreshes and the others skip that round.
 */
@Component
public class StatisticsRefresh {

	private static final Logger log = LoggerFactory.getLogger(StatisticsRefresh.class);

	private final StatisticsRepository repository;

	private final TransactionTemplate inTransaction;

	StatisticsRefresh(StatisticsRepository repository, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${protect.statistics.refresh-interval:1h}",
			initialDelayString = "${protect.statistics.refresh-initial-delay:30s}")
	void scheduled() {
		refreshNow();
	}

	/**
	 * Computes the figures now, in the caller's thread.
	 *
	 * @return whether this call did it ({@code false}: another instance was at it)
	 */
	public boolean refreshNow() {
		long started = System.nanoTime();
		boolean done = Boolean.TRUE.equals(inTransaction.execute(status -> repository.refresh()));
		if (done) {
			log.info("Statistics refreshed in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		return done;
	}

}
