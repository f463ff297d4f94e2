package org.protect.shared;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The country this node serves and the name it shows. One node per country: cross-border work is
 * between nodes.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param name the node's display name; defaults to "Protect" and the country code
 */
@ConfigurationProperties("protect.node")
public record NodeProperties(@DefaultValue("SE") String country, String name) {

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	public NodeProperties {
		country = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
		// Kosovo has no ISO 3166-1 code; XK is the user-assigned code used by the EU and the Council of Europe.
		if (!ISO_COUNTRIES.contains(country) && !"XK".equals(country)) {
			throw new IllegalArgumentException(
					"protect.node.country must be an ISO 3166-1 alpha-2 country code (for example SE, LV, LT), got '"
							+ country + "'");
		}
		if (name == null || name.isBlank()) {
			name = "Protect " + country;
		}
	}

	/** The country code in lower case, as used in demo user names. */
	public String countryLowerCase() {
		return country.toLowerCase(Locale.ROOT);
	}

}
