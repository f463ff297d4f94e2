/**
 * Small shared kernel: node configuration, the embedded database, web error handling, i18n and request
 * metadata. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.protect.shared;
