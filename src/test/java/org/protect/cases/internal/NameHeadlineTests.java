package org.protect.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.protect.cases.FactKind;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.identity.NameKeys;

/** The child's name on the case's headline: the Latin form the team would say, the script beside it. */
class NameHeadlineTests {

	private final List<IdentityFact> facts = new ArrayList<>();

	@Test
	void anArabicNameHeadlinesWithTheLatinAliasOnFileNotTheConsonantSkeleton() {
		name(FactKind.NAME, "يوسف", "الإدريسي", null, null, null);
		name(FactKind.ALIAS, "Youssef El Idrissi", null, null, null, null);
		assertThat(NameHeadline.of(facts)).isEqualTo("Youssef El Idrissi (يوسف الإدريسي)");
	}

	@Test
	void anArabicNameHeadlinesWithTheLatinTheTeamEnteredOnTheNameItself() {
		name(FactKind.NAME, "يوسف", "الإدريسي", "Youssef", "El Idrissi", null);
		name(FactKind.ALIAS, "Joseph Idris", null, null, null, null);
		assertThat(NameHeadline.of(facts)).isEqualTo("Youssef El Idrissi (يوسف الإدريسي)");
	}

	@Test
	void anArabicNameWithNoLatinFormOnFileHeadlinesWithItsTransliteration() {
		name(FactKind.NAME, "يوسف", "الإدريسي", null, null, null);
		String transliterated = NameKeys.latin("يوسف") + " " + NameKeys.latin("الإدريسي");
		assertThat(NameHeadline.of(facts)).isEqualTo(transliterated + " (يوسف الإدريسي)");
	}

	@Test
	void aVoidedLatinAliasDoesNotHeadline() {
		name(FactKind.NAME, "يوسف", "الإدريسي", null, null, null);
		facts.add(new IdentityFact(UUID.randomUUID(), IdentityFactInput.name(FactKind.ALIAS, "Wrong Name", null, "DOCUMENT"),
				Instant.parse("2026-01-02T00:00:00Z"), "caseworker.se", true, "not this child"));
		assertThat(NameHeadline.of(facts)).doesNotContain("Wrong Name").endsWith("(يوسف الإدريسي)");
	}

	@Test
	void aCyrillicNameHeadlinesWithTheTransliterationOfItsLanguage() {
		name(FactKind.NAME, "Мирослава", "Бондаренко", null, null, "uk");
		assertThat(NameHeadline.of(facts)).isEqualTo("Myroslava Bondarenko (Мирослава Бондаренко)");
	}

	@Test
	void aCyrillicNameHeadlinesWithTheLatinSpellingConfirmedAsAnAlias() {
		name(FactKind.NAME, "Олександр", "Шевченко", null, null, "uk");
		name(FactKind.ALIAS, "Alexander Shevchenko", null, null, null, null);
		assertThat(NameHeadline.of(facts)).isEqualTo("Alexander Shevchenko (Олександр Шевченко)");
	}

	@Test
	void aLatinNameKeepsItsDiacriticsAndHasNothingBeside() {
		name(FactKind.NAME, "Zoë", "Łukasiewicz-Çelik", null, null, null);
		name(FactKind.ALIAS, "Zoe Lukasiewicz", null, null, null, null);
		assertThat(NameHeadline.of(facts)).isEqualTo("Zoë Łukasiewicz-Çelik");
	}

	@Test
	void withoutANameTheHeadlineSaysSo() {
		assertThat(NameHeadline.of(facts)).isEqualTo("?");
	}

	/** A name as the service stores it: the Latin parts filled in by transliteration when none was entered. */
	private void name(FactKind kind, String given, String family, String givenLatin, String familyLatin,
			String language) {
		IdentityFactInput input = new IdentityFactInput(kind, given, family,
				givenLatin != null ? givenLatin : NameKeys.latin(given, language),
				familyLatin != null ? familyLatin : family == null ? null : NameKeys.latin(family, language), null,
				null, null, null, null, null, null, null, null, null, null, null, null, "CHILD_STATEMENT", null, null);
		facts.add(new IdentityFact(UUID.randomUUID(), input, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(facts.size()),
				"caseworker.se", false, null));
	}

}
