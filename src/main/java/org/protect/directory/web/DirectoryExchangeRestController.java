package org.protect.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.directory.DirectoryEditing;
import org.protect.directory.DirectoryImports;
import org.protect.directory.EntryDocument;
import org.protect.directory.ExportDocument;
import org.protect.directory.ImportJob;
import org.protect.directory.ImportRefusedException;
import org.protect.shared.NotFoundException;
import org.protect.shared.web.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanging the directory between nodes and with spreadsheets: export, import (JSON or CSV, all or
 * nothing, with every problem reported), and publishing an import with a second editor's eyes.
 */
@RestController
@RequestMapping("/api/v1/directory")
@Tag(name = "Directory exchange", description = "Export and import of the directory, for editors")
class DirectoryExchangeRestController {

	private final DirectoryEditing editing;

	private final DirectoryImports imports;

	private final ProblemResponses problems;

	private final MessageSource messages;

	DirectoryExchangeRestController(DirectoryEditing editing, DirectoryImports imports, ProblemResponses problems,
			MessageSource messages) {
		this.editing = editing;
		this.imports = imports;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/export")
	ExportDocument export(@RequestParam(required = false) String country) {
		return editing.export(country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT));
	}

	@PostMapping(path = "/import", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "The import, waiting for review")
	ResponseEntity<DirectoryEditing.ImportOutcome> importJson(@RequestBody ImportRequest request) {
		if (!ExportDocument.FORMAT.equals(request.format()) || request.entries() == null) {
			throw new ImportRefusedException(List.of(new org.protect.directory.ImportProblem(0, null, "format",
					"directory.import.format", ExportDocument.FORMAT)));
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(editing.importEntries(request.entries(), DirectoryEditing.ImportProgress.NONE));
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@ApiResponse(responseCode = "201", description = "The import, waiting for review")
	ResponseEntity<DirectoryEditing.ImportOutcome> importCsv(@RequestBody String csv) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(editing.importEntries(imports.readAgenciesCsv(csv), DirectoryEditing.ImportProgress.NONE));
	}

	@PostMapping("/imports/{importId}/publication")
	Map<String, Object> publishImport(@PathVariable UUID importId) {
		return Map.of("published", editing.publishImport(importId));
	}

	@GetMapping("/import-jobs/{id}")
	ImportJob job(@PathVariable UUID id) {
		return imports.job(id).orElseThrow(() -> new NotFoundException("directory.import.noSuchJob"));
	}

	@ExceptionHandler(ImportRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(ImportRefusedException ex, Locale locale) {
		Map<String, Object> body = problems.body(HttpStatus.BAD_REQUEST, "validation-failed", ex.messageKey(),
				ex.arguments());
		body.put("errors", ex.problems().stream().map(problem -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("position", problem.position());
			error.put("key", problem.key());
			error.put("field", problem.field());
			error.put("message", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
			return error;
		}).toList());
		return problems.entity(HttpStatus.BAD_REQUEST, body);
	}

	record ImportRequest(String format, List<EntryDocument> entries) {
	}

}
