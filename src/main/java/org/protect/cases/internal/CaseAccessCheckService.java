package org.protect.cases.internal;

import java.util.UUID;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseAccessCheck;
import org.protect.cases.CaseAccessGrant;
import org.protect.cases.CasePart;
import org.protect.cases.CasePermission;
import org.protect.cases.PartVersion;
import org.protect.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseAccessCheckService implements CaseAccessCheck {

	private final CaseFiles files;

	private final AuditLog audit;

	CaseAccessCheckService(CaseFiles files, AuditLog audit) {
		this.files = files;
		this.audit = audit;
	}

	@Override
	public CaseAccessGrant check(UUID caseId, String purpose) {
		// Loading refuses (and audits) a reader for whom the case does not exist at all.
		CaseFiles.Loaded loaded = files.load(caseId, false);
		if (!loaded.access().showsContent()) {
			// A border officer's registration or a colleague's knowledge that the case exists is not its content.
			audit.record(new AuditEvent("CASE_ACCESS_REFUSED", CaseFiles.RECORD_TYPE, caseId.toString(),
					AuditOutcome.DENIED, purpose + " needs the case's content", null));
			throw new NotFoundException("cases.notFound");
		}
		StoredPart stored = loaded.stored().get(CasePart.FOLLOW_UPS);
		PartVersion followUps = stored == null ? null
				: new PartVersion(CasePart.FOLLOW_UPS, loaded.parts().get(CasePart.FOLLOW_UPS), stored.version(),
						stored.updatedAt(), stored.updatedBy());
		return new CaseAccessGrant(caseId, loaded.row().caseNumber(), loaded.row().stage(), loaded.access(),
				loaded.may(CasePermission.EDIT), followUps);
	}

}
