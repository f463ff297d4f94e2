/**
 * Organisations using this node, their users and roles, multi-factor authentication, API tokens and
 * sessions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.protect.accounts;
