/**
 * The child, the case file and its lifecycle with safeguard gates (to be built).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.cases;
