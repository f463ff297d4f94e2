package org.protect.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.protect.audit.AuditEntry;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditPage;
import org.protect.audit.AuditQuery;
import org.protect.audit.AuditRecordNames;
import org.protect.shared.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' view of the audit log: filter by user, action, record and time, page by page,
 * and check the hash chain.
 */
@Controller
class AuditWebController {

	static final int PAGE_SIZE = 50;

	/** The actions recorded so far, offered in the filter. */
	static final List<String> ACTIONS = List.of("LOGIN", "LOGOUT", "ACCOUNT_LOCKED", "ACCESS_DENIED", "TOKEN_ISSUED",
			"TOKEN_REVOKED", "MFA_ENROLLED", "MFA_RESET", "USER_CREATED", "USER_UPDATED", "USER_DEACTIVATED",
			"USER_REACTIVATED", "USER_UNLOCKED", "PASSWORD_RESET", "PASSWORD_CHANGED", "PROFILE_UPDATED",
			"ORGANISATION_CREATED", "ORGANISATION_UPDATED", "ORGANISATION_DEACTIVATED", "ORGANISATION_REACTIVATED",
			"AUDIT_VERIFIED", "DEMO_DATA_CREATED");

	private final AuditLog audit;

	private final List<AuditRecordNames> recordNames;

	AuditWebController(AuditLog audit, List<AuditRecordNames> recordNames) {
		this.audit = audit;
		this.recordNames = List.copyOf(recordNames);
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
			result.rejectValue("to", "validation.audit.toBeforeFrom");
		}
		AuditQuery query = result.hasErrors() ? AuditQuery.all()
				: new AuditQuery(filter.actor(), filter.action(), filter.record(),
						filter.from() == null ? null : filter.from().atStartOfDay().toInstant(ZoneOffset.UTC),
						filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
		AuditPage entries = audit.find(query, page, PAGE_SIZE);
		model.addAttribute("page", entries);
		model.addAttribute("recordNames", names(entries));
		model.addAttribute("actions", ACTIONS);
		return FormErrors.isHtmx(request) ? "audit/list :: #audit-results" : "audit/list";
	}

	@PostMapping("/admin/audit/verification")
	String verify(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", audit.verify());
		return "redirect:/admin/audit";
	}

	/** Each entry's record by name, where the module that owns it names it: {@code "child_case/<id>" -> "SE-2026-000053"}. */
	private Map<String, String> names(AuditPage page) {
		Map<String, String> names = new HashMap<>();
		for (AuditRecordNames naming : recordNames) {
			List<String> ids = page.entries()
				.stream()
				.filter(entry -> naming.recordType().equals(entry.recordType()) && entry.recordId() != null)
				.map(AuditEntry::recordId)
				.distinct()
				.toList();
			if (!ids.isEmpty()) {
				naming.names(ids).forEach((id, name) -> names.put(naming.recordType() + "/" + id, name));
			}
		}
		return names;
	}

	record AuditFilterForm(String actor, String action, String record,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
	}

}
