/**
 * Directory of laws, procedures, agencies and contacts per country, and the guide (to be built).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.directory;
