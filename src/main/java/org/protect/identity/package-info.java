/**
 * Finding the same child across spellings, scripts and records (to be built).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.identity;
