package org.protect.cases;

/**
 * A safeguard a gate of the case lifecycle checks. The constant's name is the stable machine-readable
 * code that the API returns; {@link #messageKey()} names the sentence shown to people.
 * <p>
 * <b>Which safeguards a supervisor may override.</b> A supervisor may override a safeguard only where the
 * law leaves room for a judgement about this child; where the law states an obligation, no role in this
 * application may set it aside. Read conservatively, that leaves exactly one:
 * <ul>
 * <li>{@link #TURNS_18_BEFORE_RETURN} may be overridden. It is a flag, not a prohibition: turning 18
 * does not make a return lawful or unlawful, and a child is never returned <i>because</i> they turned 18.
 * The determination was made about a child; the flag stops the plan until a supervisor has reviewed that
 * it still holds for a young adult (who may now want to stay, or to go home) and that the coming of age
 * is not the reason for the return (CRC art. 3; the protections of the Return Directive 2008/115/EC art.
 * 10 for unaccompanied minors end at 18, which is exactly when a silent return becomes easy). Without an
 * override, a young person who wants to rejoin their family could never be helped home through the plan
 * made for them. The override's written reason is that review; it holds for one transition, so it is
 * given again when the return is carried out.</li>
 * <li>{@link #RISK_AGAINST_RETURN} is never overridable: non-refoulement (ECHR art. 3; CRC arts. 6 and 37
 * as read in General Comment 6 para. 27; Return Directive art. 5) is absolute.</li>
 * <li>{@link #NO_PLACEMENT_CONSENT} is never overridable: a placement in care abroad without the receiving
 * State's consent is unlawful (Hague 1996 art. 33, Brussels IIb art. 82) and the decision would not be
 * recognised there (Hague 1996 art. 23(2)(f), Brussels IIb art. 39(1)(f)).</li>
 * <li>Every other safeguard is an obligation, not a judgement, so it is not overridable either:
 * identification as a victim (Council of Europe Anti-Trafficking Convention art. 10, Directive
 * 2011/36/EU art. 11(4)); a guardian or representative from the start (CRC art. 20, Directive 2011/36/EU
 * art. 14(2) and 16(3), Reception Conditions Directive art. 24); a risk and safety assessment before
 * return (CoE Convention art. 16(2) and (7), Directive 2011/36/EU art. 16(2)); the child's views (CRC art.
 * 12; a child who chooses not to express views is recorded as heard, not overridden); a determination
 * approved by a supervisor who did not sit on the panel (CRC art. 3, General Comment 14 paras. 85-99); a
 * family or carer assessment and a receiving guardian or adequate reception (Return Directive art. 10(2));
 * a care plan accepted by the named receiving agency, the hand-over and escort (the failures this product
 * exists to stop: "returned without a care plan, guardianship not transferred"); a follow-up schedule and
 * follow-ups done. Where a follow-up cannot happen, the facts record a waiver with its reason; that is the
 * route the work allows, not an override.</li>
 * </ul>
 */
public enum Safeguard {

	/** Trafficking and exploitation indicators have not been screened. */
	NO_TRAFFICKING_SCREENING(false),

	/** No guardian or representative appointed, or the one appointed is not independent of the return authority. */
	NO_GUARDIAN(false),

	/** No risk and safety assessment, or for a return none that assessed the destination. */
	NO_RISK_ASSESSMENT(false),

	/** The best-interests assessment does not record the child's views. */
	NO_CHILD_VIEWS(false),

	/** No best-interests determination approved by a supervisor who was not on the panel. */
	BID_NOT_APPROVED(false),

	/** For a return or transfer: no family or carer assessment received. */
	NO_FAMILY_ASSESSMENT(false),

	/** For a return or transfer: the risk assessment concluded against it. */
	RISK_AGAINST_RETURN(false),

	/** No care plan. */
	NO_CARE_PLAN(false),

	/** For a return or transfer: the named receiving agency has not accepted the care plan. */
	CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY(false),

	/** For a return or transfer: no receiving guardian or authority has accepted responsibility. */
	NO_RECEIVING_GUARDIAN(false),

	/** For a return or transfer: hand-over, escort or their date not arranged. */
	NO_HANDOVER_ARRANGED(false),

	/** For a placement in care abroad: the receiving State's consent has not been received. */
	NO_PLACEMENT_CONSENT(false),

	/**
	 * For a return or transfer: the child turns 18 on or before the day of return, even at the youngest
	 * plausible age. A flag for a supervisor's review, never a reason to return.
	 */
	TURNS_18_BEFORE_RETURN(true),

	/** No follow-up schedule. */
	NO_FOLLOW_UP_SCHEDULE(false),

	/** Agreed follow-ups neither done nor waived with a reason. */
	FOLLOW_UPS_OUTSTANDING(false);

	private final boolean overridable;

	Safeguard(boolean overridable) {
		this.overridable = overridable;
	}

	/** The stable code for the API and the audit log. */
	public String code() {
		return name();
	}

	/** The message key of the sentence shown to people, e.g. {@code cases.safeguard.NO_GUARDIAN}. */
	public String messageKey() {
		return "cases.safeguard." + name();
	}

	/** Whether a supervisor may ever override this safeguard, with a written reason. */
	public boolean overridable() {
		return overridable;
	}

}
