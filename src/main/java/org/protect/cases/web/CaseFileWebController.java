package org.protect.cases.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.cases.CaseFileEditing;
import org.protect.cases.CaseManagement;
import org.protect.cases.FactKind;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.ReferralBasis;
import org.protect.cases.ReferralCommand;
import org.protect.cases.ReferralStatus;
import org.protect.cases.TeamPart;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rest of the case file on the case page: identity facts, the team, referrals, notes, documents and
 * disclosures to a court. Each form answers as the part forms do: the page again, with the section that
 * changed (or its problems).
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseFileWebController {

	private final CaseManagement cases;

	private final CaseFileEditing editing;

	private final CasePage page;

	CaseFileWebController(CaseManagement cases, CaseFileEditing editing, CasePage page) {
		this.cases = cases;
		this.editing = editing;
		this.page = page;
	}

	/** A form's action: reads what it needs, may throw a refusal. */
	@FunctionalInterface
	interface Action {

		void run(FormValues values);

	}

	private String act(UUID id, String section, String notice, MultiValueMap<String, String> form, Action action,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		FormValues values = new FormValues(form);
		try {
			action.run(values);
		}
		catch (DomainException ex) {
			return page.refused(id, model, new CasePage.Failure(section, form, null, values, ex), request, response,
					locale);
		}
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeAt", section);
		return "redirect:/cases/" + id + "#" + section;
	}

	@PostMapping("/identity-facts")
	String addFact(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "identity", "cases.web.notice.factAdded", form, values -> {
			FactKind kind = values.choice("kind", FactKind.class);
			var fact = new IdentityFactInput(kind, values.text("givenName"), values.text("familyName"),
					values.text("givenNameLatin"), values.text("familyNameLatin"), values.date("birthDate"),
					values.integer("birthYear"), values.date("birthEarliest"), values.date("birthLatest"),
					values.ticked("birthUnknown") ? Boolean.TRUE : null, values.upper("sex"), values.upper("country"),
					values.text("verifiedThrough"), values.text("language"),
					kind == FactKind.LANGUAGE ? values.ticked("interpreterNeeded") : null, values.text("documentType"),
					values.text("documentNumber"), values.text("authenticity"), values.text("source"),
					values.text("statedBy"), values.date("statedOn"));
			values.throwIfAny();
			editing.addIdentityFact(id, fact);
		}, model, request, response, redirect, locale);
	}

	@PostMapping("/identity-facts/{factId}/void")
	String voidFact(@PathVariable UUID id, @PathVariable UUID factId, @RequestParam MultiValueMap<String, String> form,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
			Locale locale) {
		return act(id, "identity", "cases.web.notice.factVoided", form, values -> {
			if (values.text("reason") == null) {
				throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("void-" + factId,
						"validation.required")));
			}
			editing.voidIdentityFact(id, factId, values.text("reason"));
		}, model, request, response, redirect, locale);
	}

	@PostMapping("/team")
	String addMember(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "team", "cases.web.notice.memberAdded", form, values -> {
			TeamPart part = values.choice("part", TeamPart.class);
			values.throwIfAny();
			cases.addTeamMember(id, values.text("username"), part);
		}, model, request, response, redirect, locale);
	}

	@PostMapping("/team/{memberId}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID memberId, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "team", "cases.web.notice.memberRemoved", null, values -> cases.removeTeamMember(id, memberId),
				model, request, response, redirect, locale);
	}

	@PostMapping("/referrals")
	String refer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "referrals", "cases.web.notice.referred", form, values -> {
			UUID organisation = uuid(values, "organisationId");
			var command = new ReferralCommand(organisation, values.text("service"),
					values.choice("basis", ReferralBasis.class), values.text("basisDetail"));
			values.throwIfAny();
			editing.refer(id, command);
		}, model, request, response, redirect, locale);
	}

	@PostMapping("/referrals/{referralId}")
	String updateReferral(@PathVariable UUID id, @PathVariable UUID referralId,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "referrals", "cases.web.notice.referralUpdated", form, values -> {
			ReferralStatus status = values.choice("status", ReferralStatus.class);
			values.throwIfAny();
			editing.updateReferral(id, referralId, status, values.text("note"));
		}, model, request, response, redirect, locale);
	}

	@PostMapping("/notes")
	String addNote(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "notes", "cases.web.notice.noteAdded", form,
				values -> editing.addNote(id, values.text("body")), model, request, response, redirect, locale);
	}

	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "documents", "cases.web.notice.attached", form, values -> {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("file",
						"cases.validation.emptyDocument")));
			}
			try {
				editing.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
						values.text("description"));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}, model, request, response, redirect, locale);
	}

	@GetMapping("/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return Downloads.attachment(editing.download(id, documentId));
	}

	@PostMapping("/disclosures")
	String disclose(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "disclosures", "cases.web.notice.disclosed", form, values -> {
			UUID court = uuid(values, "organisationId");
			values.throwIfAny();
			cases.disclose(id, court, values.text("reason"));
		}, model, request, response, redirect, locale);
	}

	@PostMapping("/disclosures/{disclosureId}/revoke")
	String revoke(@PathVariable UUID id, @PathVariable UUID disclosureId, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return act(id, "disclosures", "cases.web.notice.revoked", null,
				values -> cases.revokeDisclosure(id, disclosureId), model, request, response, redirect, locale);
	}

	private static UUID uuid(FormValues values, String name) {
		String value = values.text(name);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			values.requireLater(name);
			return null;
		}
	}

}
