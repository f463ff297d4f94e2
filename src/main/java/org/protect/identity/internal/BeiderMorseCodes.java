package org.protect.identity.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Beider–Morse phonetic codes, which know how names of Slavic, Germanic, Romance, Hebrew and
 * other origins are spelt. Encoding is slow (rules per language guess), so each name is encoded
 * once and the comparison asks only when cheaper evidence failed.
 */
final class BeiderMorseCodes {

	private final BeiderMorseEncoder encoder = new BeiderMorseEncoder();

	private final Map<String, Set<String>> codes = new ConcurrentHashMap<>();

	BeiderMorseCodes() {
		encoder.setNameType(NameType.GENERIC);
		encoder.setRuleType(RuleType.APPROX);
		encoder.setMaxPhonemes(8);
	}

	boolean agree(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		Set<String> x = codes(a);
		for (String code : codes(b)) {
			if (x.contains(code)) {
				return true;
			}
		}
		return false;
	}

	private Set<String> codes(String name) {
		return codes.computeIfAbsent(name, n -> {
			try {
				return new HashSet<>(Arrays.asList(encoder.encode(n).split("\\|")));
			}
			catch (EncoderException unencodable) {
				return Set.of();
			}
		});
	}

}
