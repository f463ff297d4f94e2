/**
 * Well-being monitoring: assessments of a child's situation, and of each option considered for them, on the
 * 14 conditions for development of the Best Interests of the Child model; local reference standards of what
 * "adequate" means in a country; follow-up assessments along the case's follow-up schedule; and the charts
 * that compare them. The case module decides who may read or record them ({@code CaseAccessCheck}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "accounts", "cases" })
package org.protect.monitoring;
