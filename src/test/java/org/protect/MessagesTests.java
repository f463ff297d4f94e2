package org.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.audit.AuditOutcome;

/**
 * No user-visible text outside the message bundles, and every language has every message.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final List<String> BUNDLE_NAMES = List.of("messages", "enums", "validation", "directory", "cases",
			"cases-web", "cooperation", "statistics");

	private static final List<String> TRANSLATIONS = List.of("sv", "lv", "lt");

	/** Text between tags, outside Thymeleaf comments, scripts and styles. */
	private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");

	/** Attributes a user reads or hears. */
	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(title|alt|placeholder|aria-label|aria-description|value)=\"([^\"]*\\p{L}[^\"]*)\"");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "<script></script>")
				.replaceAll("(?s)<style.*?</style>", "<style></style>");
			Matcher text = TEXT.matcher(html);
			while (text.find()) {
				String content = text.group(1).trim();
				if (content.codePoints().anyMatch(Character::isLetter)) {
					offences.add(TEMPLATES.relativize(template) + ": text \"" + content + "\"");
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				offences.add(TEMPLATES.relativize(template) + ": attribute " + attribute.group(0).trim());
			}
		}
		assertThat(offences).as("literal text in templates (use th:text=\"#{key}\")").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExistsInEnglish() throws IOException {
		Properties english = bundle("messages", null);
		english.putAll(bundle("enums", null));
		english.putAll(bundle("validation", null));
		english.putAll(bundle("directory", null));
		english.putAll(bundle("cases", null));
		english.putAll(bundle("cases-web", null));
		english.putAll(bundle("cooperation", null));
		english.putAll(bundle("statistics", null));
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!english.containsKey(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sv", "lv", "lt" })
	void everyLanguageHasEveryKeyAndNoOther(String language) throws IOException {
		for (String name : BUNDLE_NAMES) {
			Set<String> english = new TreeSet<>(bundle(name, null).stringPropertyNames());
			Set<String> translated = new TreeSet<>(bundle(name, language).stringPropertyNames());
			assertThat(translated).as("%s_%s.properties", name, language).containsExactlyInAnyOrderElementsOf(english);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sv", "lv", "lt" })
	void translationsKeepEveryPlaceholder(String language) throws IOException {
		Pattern placeholder = Pattern.compile("\\{(\\d)");
		for (String name : BUNDLE_NAMES) {
			Properties english = bundle(name, null);
			Properties translated = bundle(name, language);
			for (String key : english.stringPropertyNames()) {
				Set<String> expected = new TreeSet<>();
				placeholder.matcher(english.getProperty(key)).results().forEach(m -> expected.add(m.group(1)));
				Set<String> actual = new TreeSet<>();
				placeholder.matcher(translated.getProperty(key, "")).results().forEach(m -> actual.add(m.group(1)));
				assertThat(actual).as("%s_%s: %s", name, language, key).isEqualTo(expected);
			}
		}
	}

	@Test
	void everyEnumValueShownToUsersHasAName() throws IOException {
		Properties enums = bundle("enums", null);
		for (Enum<?>[] values : List.<Enum<?>[]>of(Role.values(), OrganisationType.values(), AuditOutcome.values())) {
			for (Enum<?> value : values) {
				assertThat(enums).containsKey("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
			}
		}
	}

	@Test
	void everyDirectoryValueShownToUsersHasAName() throws IOException {
		Properties directory = bundle("directory", null);
		for (org.protect.directory.EntryType type : org.protect.directory.EntryType.values()) {
			assertThat(directory).containsKey("enum.EntryType." + type.name());
			var spec = org.protect.directory.internal.TypeSpecs.of(type);
			for (var field : spec.attributes()) {
				assertThat(directory).as("label of %s.%s", type, field.name()).containsKey("directory.field." + field.name());
			}
			for (var field : spec.texts()) {
				assertThat(directory).as("label of %s.%s", type, field.name()).containsKey("directory.field." + field.name());
			}
		}
		for (String agencyType : org.protect.directory.internal.TypeSpecs.AGENCY_TYPES) {
			assertThat(directory).containsKey("enum.AgencyType." + agencyType);
		}
		for (String scope : org.protect.directory.internal.TypeSpecs.SCOPES) {
			assertThat(directory).containsKey("enum.Scope." + scope);
		}
		for (org.protect.directory.Situation situation : org.protect.directory.Situation.values()) {
			assertThat(directory).containsKey("enum.Situation." + situation.code());
		}
		for (String status : List.of("PARTY", "BOUND", "SIGNED_ONLY", "NOT_BOUND", "OPTED_OUT")) {
			assertThat(directory).containsKey("enum.BindingStatus." + status);
		}
		for (String kind : List.of("PHONE", "EMAIL", "POSTAL", "WEB", "HOTLINE_24_7")) {
			assertThat(directory).containsKey("enum.ContactKind." + kind);
		}
	}

	@Test
	void everySafeguardAndAlertOfACaseHasASentence() throws IOException {
		Properties cases = bundle("cases", null);
		for (org.protect.cases.Safeguard safeguard : org.protect.cases.Safeguard.values()) {
			assertThat(cases).containsKey(safeguard.messageKey());
		}
		for (org.protect.cases.CaseAlert alert : org.protect.cases.CaseAlert.values()) {
			assertThat(cases).containsKey(alert.messageKey());
		}
	}

	@Test
	void thereAreTranslationsToCheck() {
		assertThat(TRANSLATIONS).allSatisfy(language -> assertThat(
				Files.exists(BUNDLES.resolve("messages_" + language + ".properties"))).isTrue());
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String name, String language) throws IOException {
		Path file = BUNDLES.resolve(name + (language == null ? "" : "_" + language) + ".properties");
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
