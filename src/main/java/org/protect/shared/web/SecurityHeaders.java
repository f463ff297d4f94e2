package org.protect.shared.web;

/** Header values every answer of the node carries, whoever writes the answer (a filter chain or the container). */
public final class SecurityHeaders {

	/** No page of the node uses a camera, microphone, location, payment or any other powerful feature. */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
			+ "gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

	private SecurityHeaders() {
	}

}
