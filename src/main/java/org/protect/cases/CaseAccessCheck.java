package org.protect.cases;

import java.util.UUID;

/**
 * For modules that keep their own records about a case (well-being monitoring): what the signed-in user may
 * do with the case, decided by the same policy as the case file ({@link CaseAccess}), before they read or
 * write those records.
 */
public interface CaseAccessCheck {

	/**
	 * What the signed-in user may do with the case's content: granted to the case team and to a judge the case
	 * is disclosed to. For anyone else the case does not exist: {@code NotFoundException}, and the refusal is
	 * audited ({@code CASE_ACCESS_REFUSED} with the case id and {@code purpose}). A granted check writes nothing
	 * to the audit log: the caller audits its own read or write, with the case id, in its transaction.
	 *
	 * @param purpose a short code-like reason for the audit of a refusal, no personal data
	 */
	CaseAccessGrant check(UUID caseId, String purpose);

}
