package org.protect.cases.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of case management.
 *
 * @param turning18HorizonDays how far ahead a child's 18th birthday raises an alert while a return is
 *        planned (issue 4: 180 days)
 * @param intakeOrganisation the organisation that receives the cases registered by people outside child
 *        protection (border guards, police); when unset, the first social-services organisation by name
 * @param dataKey the AES key (base64, 32 bytes) that encrypts notes and documents; when unset, a key is
 *        generated once into {@code <protect.data-dir>/keys/case-data.key}
 * @param maxDocumentBytes the largest document accepted
 * @param documentTypes the content types accepted for documents
 * @param matchLookupsPerHour how many possible-matches lookups one user may make in an hour
 */
@ConfigurationProperties("protect.cases")
record CasesProperties(@DefaultValue("180") int turning18HorizonDays, UUID intakeOrganisation, String dataKey,
		@DefaultValue("10485760") long maxDocumentBytes,
		@DefaultValue({ "application/pdf", "image/jpeg", "image/png", "text/plain" }) List<String> documentTypes,
		@DefaultValue("60") int matchLookupsPerHour) {
}
