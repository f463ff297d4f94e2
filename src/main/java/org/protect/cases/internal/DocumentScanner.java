package org.protect.cases.internal;

/**
 * The virus-scan hook: every document passes through it before it is stored. An operator plugs in a
 * scanner (ClamAV over its socket, a cloud scanner) by providing a bean of this type; without one, the
 * node accepts the document after the type and size checks and says so in its log at start-up.
 */
public interface DocumentScanner {

	/** Whether the content is clean; a document that is not is refused and its refusal audited. */
	boolean clean(String fileName, String contentType, byte[] content);

}
