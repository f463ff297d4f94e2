package org.protect.cases;

/**
 * The elements a best-interests assessment weighs (UN CRC General Comment 14, paras. 52-79).
 */
public enum BiaElement {

	CHILD_VIEWS, IDENTITY, FAMILY_ENVIRONMENT, CARE_PROTECTION_SAFETY, VULNERABILITY, HEALTH, EDUCATION

}
