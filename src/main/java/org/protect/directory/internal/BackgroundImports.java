package org.protect.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.protect.directory.DirectoryEditing;
import org.protect.directory.DirectoryImports;
import org.protect.directory.EntryDocument;
import org.protect.directory.ImportJob;
import org.protect.directory.ImportProblem;
import org.protect.directory.ImportRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@PreAuthorize("hasRole('DIRECTORY_EDITOR')")
class BackgroundImports implements DirectoryImports {

	private static final Logger log = LoggerFactory.getLogger(BackgroundImports.class);

	private final DirectoryEditing editing;

	private final ImportJobRepository jobs;

	private final TaskExecutor executor;

	private final TransactionTemplate separately;

	BackgroundImports(DirectoryEditing editing, ImportJobRepository jobs,
			@org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions) {
		this.editing = editing;
		this.jobs = jobs;
		this.executor = executor;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public UUID start(List<EntryDocument> entries) {
		List<ImportProblem> problems = editing.check(entries);
		if (!problems.isEmpty()) {
			throw new ImportRefusedException(problems);
		}
		UUID id = UUID.randomUUID();
		jobs.create(id, DirectoryEditor.actor(), entries.size());
		int step = Math.max(1, entries.size() / 100);
		// The whole import is one transaction (all or nothing); its progress is written beside it, so it shows.
		executor.execute(new DelegatingSecurityContextRunnable(() -> {
			try {
				var outcome = editing.importEntries(entries, (done, total) -> {
					if (done % step == 0 || done == total) {
						separately.executeWithoutResult(tx -> jobs.progress(id, done));
					}
				});
				jobs.finish(id, outcome.created(), outcome.revised(), outcome.importId());
			}
			catch (RuntimeException ex) {
				log.error("Directory import {} failed", id, ex);
				jobs.fail(id, ex instanceof org.protect.shared.DomainException domain ? domain.messageKey()
						: "directory.import.failed");
			}
		}));
		return id;
	}

	@Override
	public Optional<ImportJob> job(UUID id) {
		return jobs.find(id);
	}

	@Override
	public List<EntryDocument> readAgenciesCsv(String csv) {
		return AgencyCsv.read(csv);
	}

}
