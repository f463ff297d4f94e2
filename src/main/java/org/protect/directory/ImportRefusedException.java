package org.protect.directory;

import java.util.List;

import org.protect.shared.DomainException;

/**
 * An import was refused because of the problems listed; nothing was imported.
 */
public class ImportRefusedException extends DomainException {

	private final transient List<ImportProblem> problems;

	public ImportRefusedException(List<ImportProblem> problems) {
		super("directory.import.refused", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
