package org.protect.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.protect.directory.DirectoryEditing;
import org.protect.directory.DirectoryImports;
import org.protect.directory.ExportDocument;
import org.protect.directory.ImportJob;
import org.protect.directory.ImportProblem;
import org.protect.directory.ImportRefusedException;
import org.protect.shared.DomainException;
import org.protect.shared.NotFoundException;
import org.protect.shared.web.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' import and export pages: upload a JSON document or a CSV of agencies, see every problem
 * with its line and field, follow a large import's progress, publish it with a second editor.
 */
@Controller
@RequestMapping("/directory/editor")
class DirectoryExchangeWebController {

	private final DirectoryEditing editing;

	private final DirectoryImports imports;

	private final JsonMapper json;

	DirectoryExchangeWebController(DirectoryEditing editing, DirectoryImports imports, JsonMapper json) {
		this.editing = editing;
		this.imports = imports;
		this.json = json;
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String country) {
		String code = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
		byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(editing.export(code));
		String name = "protect-directory-" + (code == null ? "all" : code) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	@GetMapping("/import")
	String importForm() {
		return "directory/editor/import";
	}

	@PostMapping("/import")
	String upload(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		String content = new String(file.getBytes(), StandardCharsets.UTF_8);
		try {
			List<org.protect.directory.EntryDocument> entries;
			if (name.endsWith(".csv")) {
				entries = imports.readAgenciesCsv(content);
			}
			else {
				DirectoryExchangeRestController.ImportRequest request = json.readValue(content,
						DirectoryExchangeRestController.ImportRequest.class);
				if (!ExportDocument.FORMAT.equals(request.format()) || request.entries() == null) {
					throw new ImportRefusedException(
							List.of(new ImportProblem(0, null, "format", "directory.import.format", ExportDocument.FORMAT)));
				}
				entries = request.entries();
			}
			UUID job = imports.start(entries);
			return "redirect:/directory/editor/import/" + job;
		}
		catch (ImportRefusedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (JacksonException ex) {
			model.addAttribute("problems", List.of(new ImportProblem(0, null, "file", "directory.import.notJson")));
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "directory/editor/import";
	}

	@GetMapping("/import/{id}")
	String progress(@PathVariable UUID id, Model model, HttpServletRequest request) {
		ImportJob job = imports.job(id).orElseThrow(() -> new NotFoundException("directory.import.noSuchJob"));
		model.addAttribute("job", job);
		model.addAttribute("mayPublish",
				!job.startedBy().equals(SecurityContextHolder.getContext().getAuthentication().getName()));
		return FormErrors.isHtmx(request) ? "directory/editor/import-progress :: #import-progress"
				: "directory/editor/import-progress";
	}

	@PostMapping("/import/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		ImportJob job = imports.job(id).orElseThrow(() -> new NotFoundException("directory.import.noSuchJob"));
		try {
			int published = editing.publishImport(job.importId());
			redirect.addFlashAttribute("published", published);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/directory/editor/import/" + id;
	}

}
