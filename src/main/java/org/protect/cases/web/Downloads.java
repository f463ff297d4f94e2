package org.protect.cases.web;

import java.nio.charset.StandardCharsets;

import org.protect.cases.DocumentContent;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A case document as a download: always an attachment, never rendered by the browser in the page. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(DocumentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.document().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.content());
	}

}
