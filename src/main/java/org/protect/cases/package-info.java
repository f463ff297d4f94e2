/**
 * The child, the case file and its lifecycle: the stages, the safeguard gates that refuse a transition
 * (above all a return or transfer) until every safeguard holds, supervisors' overrides, and alerts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "accounts", "identity" })
package org.protect.cases;
