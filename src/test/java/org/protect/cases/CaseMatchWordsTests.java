package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every field and agreement level the identity engine explains a match with has words ("Given name:
 * same"), so that the matches page never shows {@code given_name=exact}.
 */
class CaseMatchWordsTests {

	@Test
	void everyFieldAndLevelOfTheEnginesExplanationHasAName() throws Exception {
		Properties cases = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/cases.properties"),
				StandardCharsets.UTF_8)) {
			cases.load(reader);
		}
		for (var level : org.protect.identity.internal.Level.values()) {
			assertThat(cases).containsKey("cases.match.level." + level.label());
		}
		var label = org.protect.identity.internal.Field.class.getDeclaredField("label");
		label.setAccessible(true);
		for (var field : org.protect.identity.internal.Field.values()) {
			assertThat(cases).containsKey("cases.match.field." + label.get(field));
		}
	}

}
