/**
 * Court-ready reports: a case as a judge reads it, on paper (PDF) and on screen (HTML), with a cover page
 * naming the case and the reader it was issued to. The report shows what that reader may see of the case
 * and nothing else; every issue of it is audited.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "accounts", "cases", "cooperation", "monitoring" })
package org.protect.reports;
