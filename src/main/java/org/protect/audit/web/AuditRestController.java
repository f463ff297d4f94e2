package org.protect.audit.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditPage;
import org.protect.audit.AuditQuery;
import org.protect.audit.AuditVerification;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for administrators: the chain's verification and the entries.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The audit log, for administrators")
class AuditRestController {

	private final AuditLog audit;

	AuditRestController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/verification")
	AuditVerification verification() {
		return audit.verify();
	}

	@GetMapping("/entries")
	AuditPage entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String record,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return audit.find(new AuditQuery(actor, action, record, from, to), page, size);
	}

}
