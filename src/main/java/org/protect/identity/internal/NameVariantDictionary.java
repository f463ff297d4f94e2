package org.protect.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Variant spellings of names mapped to a canonical key, read from
 * {@code identity/name-variants.tsv} (built by {@code scripts/build-name-dictionaries} from
 * public name lists). Keys are lower-case native-script forms or lower-case ASCII romanisations.
 */
public final class NameVariantDictionary {

	public static final String RESOURCE = "/identity/name-variants.tsv";

	private static volatile NameVariantDictionary bundled;

	private final Map<String, String> canonicalByVariant;

	public NameVariantDictionary(Map<String, String> canonicalByVariant) {
		this.canonicalByVariant = Map.copyOf(canonicalByVariant);
	}

	/** The dictionary shipped with the engine, read once. */
	public static NameVariantDictionary bundled() {
		NameVariantDictionary dictionary = bundled;
		if (dictionary == null) {
			dictionary = read(NameVariantDictionary.class.getResourceAsStream(RESOURCE));
			bundled = dictionary;
		}
		return dictionary;
	}

	public static NameVariantDictionary empty() {
		return new NameVariantDictionary(Map.of());
	}

	/** The canonical key of a variant, or null when the dictionary does not know it. */
	public String canonical(String variant) {
		return canonicalByVariant.get(variant);
	}

	public int size() {
		return canonicalByVariant.size();
	}

	static NameVariantDictionary read(InputStream in) {
		if (in == null) {
			return empty();
		}
		Map<String, String> entries = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty() || line.charAt(0) == '#') {
					continue;
				}
				int tab = line.indexOf('\t');
				if (tab > 0) {
					entries.put(line.substring(0, tab), line.substring(tab + 1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + RESOURCE, e);
		}
		return new NameVariantDictionary(entries);
	}

}
