package org.protect.shared.web;

import java.io.IOException;

/**
 * A request body went past the API's size limit while it was being read.
 */
public class PayloadTooLargeException extends IOException {

	PayloadTooLargeException(long limit) {
		super("request body larger than " + limit + " bytes");
	}

}
