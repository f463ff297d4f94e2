package org.protect.cooperation.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks and normalises a partner's base URL: absolute http(s), a host, no query, user info or fragment,
 * no trailing slash.
 */
final class BaseUrls {

	private BaseUrls() {
	}

	/** The normalised URL, or null when it is not an acceptable base URL. */
	static String normaliseOrNull(String url) {
		if (url == null || url.isBlank() || url.length() > 500) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
					|| uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
				return null;
			}
			String path = uri.getRawPath() == null ? "" : uri.getRawPath();
			while (path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
					+ path;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	static String normalise(String url) {
		String normalised = normaliseOrNull(url);
		if (normalised == null) {
			throw new IllegalArgumentException("not an http(s) base URL: " + url);
		}
		return normalised;
	}

}
