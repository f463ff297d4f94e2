/**
 * Finding the same child across spellings, scripts and records: normalisation, comparison,
 * blocking, scoring, and privacy-preserving matching on Bloom-filter encodings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.identity;
