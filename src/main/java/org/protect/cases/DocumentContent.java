package org.protect.cases;

/** A document's content, decrypted for one reader (the download is audited). */
public record DocumentContent(CaseDocument document, byte[] content) {
}
