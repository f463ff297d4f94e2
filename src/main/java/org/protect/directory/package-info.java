/**
 * The public directory of laws, procedures, agencies and contacts per country, its search, the guide
 * ("I have found this child here: what now?") and the editorial workflow that keeps it trustworthy.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.directory;
