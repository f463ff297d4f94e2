package org.protect.cooperation;

import java.util.List;
import java.util.UUID;

import org.protect.cooperation.internal.IdentityQuerying;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Privacy-preserving "do you know this child?" queries to partner nodes: the case team asks chosen
 * partners; each partner answers "possible match" with references for its central authority, or "no
 * match"; nothing else crosses, in either direction. A case flagged under Hague 1996 art. 37 sends
 * nothing. Both sides audit every query.
 */
@Service
@Transactional
public class IdentityQueries {

	private final IdentityQuerying querying;

	IdentityQueries(IdentityQuerying querying) {
		this.querying = querying;
	}

	/** Asks each partner named about the case's child; a member of the case team who may edit it asks. */
	@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
	public List<IdentityQuerySummary> ask(UUID caseId, List<UUID> partnerNodeIds) {
		List<UUID> ids = querying.ask(caseId, partnerNodeIds);
		return querying.summaries(ids, caseId);
	}

	/** The queries about a case and their answers, for its team (anyone else: "not found", audited). */
	@PreAuthorize("isAuthenticated()")
	public List<IdentityQuerySummary> ofCase(UUID caseId) {
		return querying.ofCase(caseId);
	}

	/** The partners' queries this node answered, with the cases each reference points to. */
	@PreAuthorize("hasRole('CENTRAL_AUTHORITY')")
	public List<IdentityQuerySummary> incoming() {
		return querying.incoming();
	}

}
