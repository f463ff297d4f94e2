package org.protect.cases.internal;

import java.util.List;
import java.util.Map;

/**
 * Places for the free text of demo cases: the node's own towns and points of entry, and the towns of the
 * children's origins (or the third country) that a return or transfer goes to.
 */
record DemoPlaces(List<String> towns, List<String> entryPoints) {

	private static final Map<String, DemoPlaces> BY_COUNTRY = Map.of(
			"SE", new DemoPlaces(List.of("Malmö", "Göteborg", "Stockholm", "Uppsala", "Helsingborg"),
					List.of("Malmö central station", "the port of Trelleborg", "Stockholm Arlanda airport")),
			"LV", new DemoPlaces(List.of("Rīga", "Daugavpils", "Liepāja", "Rēzekne", "Jelgava"),
					List.of("the Terehova border crossing point", "Riga international airport", "the port of Riga")),
			"LT", new DemoPlaces(List.of("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Alytus"),
					List.of("the Medininkai border checkpoint", "Vilnius airport", "the port of Klaipėda")));

	/** Where children go back to, by origin; a transfer goes to family in Germany. */
	private static final Map<String, String> ORIGIN_TOWNS = Map.of("AL", "Durrës", "XK", "Prizren", "MA", "Tangier",
			"VN", "Hà Tĩnh", "RO", "Iași", "DE", "Hamburg", "UA", "Lviv", "AF", "Herat", "SY", "Aleppo");

	static DemoPlaces of(String country) {
		return BY_COUNTRY.getOrDefault(country, new DemoPlaces(List.of("the capital", "a port town"),
				List.of("the main border crossing", "the international airport")));
	}

	static String townIn(String country) {
		return ORIGIN_TOWNS.getOrDefault(country, "the capital");
	}

}
