package org.protect.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.protect.directory.DirectoryEditing;
import org.protect.directory.DirectoryEntry;
import org.protect.directory.EntryDocument;
import org.protect.directory.EntryType;
import org.protect.directory.internal.TypeSpecs;
import org.protect.shared.ConflictException;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Directory editors' pages: what is in progress, stale entries, drafting, four-eyes review, history
 * with its changes, restoring, and recording verification.
 */
@Controller
@RequestMapping("/directory/editor")
class DirectoryEditorWebController {

	private final DirectoryEditing editing;

	private final org.protect.directory.Directory directory;

	private final MessageSource messages;

	DirectoryEditorWebController(DirectoryEditing editing, org.protect.directory.Directory directory,
			MessageSource messages) {
		this.editing = editing;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) String staleCountry, Model model) {
		model.addAttribute("inProgress", editing.inProgress());
		model.addAttribute("staleCountry", staleCountry);
		model.addAttribute("stale", editing.stale(staleCountry == null || staleCountry.isBlank() ? null : staleCountry));
		model.addAttribute("countries", directory.countries());
		model.addAttribute("types", EntryType.values());
		return "directory/editor/dashboard";
	}

	@GetMapping("/new")
	String createForm(@RequestParam EntryType type, Model model) {
		return form(model, type, null, new EntryDocument(null, type, null, null, defaultScope(type), null, null, List.of(),
				Map.of(), Map.of()), Map.of());
	}

	@PostMapping("/new")
	String create(@RequestParam EntryType type, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		String key = form.getFirst("key") == null ? null : form.getFirst("key").trim();
		EntryDocument document = EntryForm.read(type, key, form);
		try {
			editing.create(document);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, type, null, document, errors(ex, locale));
		}
		redirect.addFlashAttribute("notice", "directory.editor.notice.created");
		return "redirect:/directory/editor/entries/" + key;
	}

	@GetMapping("/entries/{key}")
	String edit(@PathVariable String key, Model model) {
		DirectoryEntry entry = working(key);
		return form(model, entry.type(), entry, entry.document(), Map.of());
	}

	@PostMapping("/entries/{key}")
	String save(@PathVariable String key, @RequestParam int revision, @RequestParam MultiValueMap<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		DirectoryEntry entry = working(key);
		EntryDocument document = EntryForm.read(entry.type(), key, form);
		try {
			editing.saveDraft(key, revision, document);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, entry.type(), entry, document, errors(ex, locale));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", ex.messageKey());
			return form(model, entry.type(), entry, document, Map.of());
		}
		redirect.addFlashAttribute("notice", "directory.editor.notice.saved");
		return "redirect:/directory/editor/entries/" + key;
	}

	@PostMapping("/entries/{key}/submit")
	String submit(@PathVariable String key, RedirectAttributes redirect) {
		return act(key, redirect, "directory.editor.notice.submitted", () -> editing.submitForReview(key));
	}

	@PostMapping("/entries/{key}/publish")
	String publish(@PathVariable String key, RedirectAttributes redirect) {
		return act(key, redirect, "directory.editor.notice.published", () -> editing.publish(key));
	}

	@PostMapping("/entries/{key}/return")
	String sendBack(@PathVariable String key, @RequestParam(defaultValue = "") String comment,
			RedirectAttributes redirect) {
		if (comment.isBlank()) {
			redirect.addFlashAttribute("problem", "directory.editor.commentRequired");
			return "redirect:/directory/editor/entries/" + key;
		}
		return act(key, redirect, "directory.editor.notice.returned", () -> editing.sendBack(key, comment));
	}

	@PostMapping("/entries/{key}/verify")
	String verify(@PathVariable String key, @RequestParam(defaultValue = "") String source,
			RedirectAttributes redirect) {
		return act(key, redirect, "directory.editor.notice.verified", () -> editing.markVerified(key, source));
	}

	@GetMapping("/entries/{key}/history")
	String history(@PathVariable String key, Model model) {
		DirectoryEntry entry = working(key);
		var history = editing.history(key);
		Map<Integer, List<DirectoryEditing.FieldChange>> changes = new LinkedHashMap<>();
		history.forEach(revision -> changes.put(revision.revision(), editing.changes(key, revision.revision())));
		model.addAttribute("entry", entry);
		model.addAttribute("history", history);
		model.addAttribute("changes", changes);
		return "directory/editor/history";
	}

	@PostMapping("/entries/{key}/restore")
	String restore(@PathVariable String key, @RequestParam int revision, RedirectAttributes redirect) {
		return act(key, redirect, "directory.editor.notice.restored", () -> editing.restore(key, revision));
	}

	private String act(String key, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInputException ex) {
			// An action's form has one field: its problem is the one to show.
			redirect.addFlashAttribute("problem", ex.problems().get(0).messageKey());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/directory/editor/entries/" + key;
	}

	private DirectoryEntry working(String key) {
		return editing.working(key).orElseThrow(() -> new NotFoundException("directory.entry.notFound"));
	}

	private String form(Model model, EntryType type, DirectoryEntry entry, EntryDocument document,
			Map<String, List<String>> errors) {
		model.addAttribute("type", type);
		model.addAttribute("entry", entry);
		model.addAttribute("document", document);
		model.addAttribute("parentType", TypeSpecs.of(type).parentType());
		model.addAttribute("attributeInputs", EntryForm.attributeInputs(type, document.attributes()));
		model.addAttribute("textInputs", EntryForm.textInputs(type, document.translations()));
		model.addAttribute("sourcesText", EntryForm.sourcesText(document.sources()));
		model.addAttribute("scopes", TypeSpecs.SCOPES);
		model.addAttribute("errors", errors);
		if (entry != null) {
			model.addAttribute("currentEditor",
					org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName());
			model.addAttribute("lastAuthor", editing.history(entry.key()).get(0).author());
		}
		return "directory/editor/entry";
	}

	private Map<String, List<String>> errors(InvalidInputException ex, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (InvalidInputException.FieldProblem problem : ex.problems()) {
			String field = problem.field().startsWith("sources") ? "sources" : problem.field();
			errors.computeIfAbsent(field, f -> new java.util.ArrayList<>())
				.add(messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return errors;
	}

	private static String defaultScope(EntryType type) {
		return switch (type) {
			case COUNTRY, AGENCY, CONTACT -> "NATIONAL";
			default -> "INTERNATIONAL";
		};
	}

}
