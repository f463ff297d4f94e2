package org.protect.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.protect.directory.EditorialStatus;
import org.protect.directory.EntryDocument;
import org.protect.directory.EntryType;
import org.protect.directory.internal.TypeSpecs;
import org.protect.shared.i18n.SupportedLanguages;

import org.springframework.util.MultiValueMap;

/**
 * The editing form of any entry type, built from the type's fields: each input is named by its path
 * in the exchange format ({@code attributes.citation}, {@code translations.lv.title}), so that a
 * problem found in the document points at the input to fix.
 */
final class EntryForm {

	private EntryForm() {
	}

	/** One input of the form. */
	record Input(String name, String labelKey, TypeSpecs.Kind kind, boolean required, List<String> values,
			String value, List<String> selected, String language) {

		public boolean isChecked() {
			return "true".equals(value);
		}

	}

	static List<Input> attributeInputs(EntryType type, Map<String, Object> attributes) {
		List<Input> inputs = new ArrayList<>();
		for (TypeSpecs.Field field : TypeSpecs.of(type).attributes()) {
			Object value = attributes.get(field.name());
			List<String> selected = value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
			String text = value == null ? "" : value instanceof List<?> ? String.join("\n", selected) : String.valueOf(value);
			inputs.add(new Input("attributes." + field.name(), "directory.field." + field.name(), field.kind(),
					field.required(), field.values(), text, selected, null));
		}
		return inputs;
	}

	static List<Input> textInputs(EntryType type, Map<String, Map<String, String>> translations) {
		List<Input> inputs = new ArrayList<>();
		for (Locale locale : SupportedLanguages.ALL) {
			String language = locale.getLanguage();
			Map<String, String> texts = translations.getOrDefault(language, Map.of());
			for (TypeSpecs.Field field : TypeSpecs.of(type).texts()) {
				inputs.add(new Input("translations." + language + "." + field.name(), "directory.field." + field.name(),
						field.kind(), field.required() && "en".equals(language), List.of(),
						texts.getOrDefault(field.name(), ""), List.of(), language));
			}
		}
		return inputs;
	}

	static String sourcesText(List<EntryDocument.Source> sources) {
		StringBuilder text = new StringBuilder();
		for (EntryDocument.Source source : sources) {
			text.append(source.url());
			if (source.supports() != null && !source.supports().isBlank()) {
				text.append(" | ").append(source.supports());
			}
			text.append('\n');
		}
		return text.toString();
	}

	/** The document the submitted form describes; malformed values are kept as text for the validator to name. */
	static EntryDocument read(EntryType type, String key, MultiValueMap<String, String> form) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		for (TypeSpecs.Field field : TypeSpecs.of(type).attributes()) {
			String name = "attributes." + field.name();
			List<String> values = form.getOrDefault(name, List.of());
			String first = values.isEmpty() ? "" : values.get(0).trim();
			Object value = switch (field.kind()) {
				case BOOLEAN -> values.contains("true") ? Boolean.TRUE : null;
				case ENUM_LIST -> values.isEmpty() ? null : values;
				case LIST, KEY_LIST -> first.isEmpty() ? null
						: first.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
				case INTEGER -> integer(first);
				default -> first.isEmpty() ? null : first;
			};
			if (value != null) {
				attributes.put(field.name(), value);
			}
		}
		Map<String, Map<String, String>> translations = new LinkedHashMap<>();
		for (Locale locale : SupportedLanguages.ALL) {
			Map<String, String> texts = new LinkedHashMap<>();
			for (TypeSpecs.Field field : TypeSpecs.of(type).texts()) {
				String value = form.getFirst("translations." + locale.getLanguage() + "." + field.name());
				if (value != null && !value.isBlank()) {
					texts.put(field.name(), value.strip().replace("\r\n", "\n"));
				}
			}
			if (!texts.isEmpty() || "en".equals(locale.getLanguage())) {
				translations.put(locale.getLanguage(), texts);
			}
		}
		List<EntryDocument.Source> sources = new ArrayList<>();
		String sourcesText = form.getFirst("sources");
		if (sourcesText != null) {
			for (String line : sourcesText.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
				int bar = line.indexOf('|');
				sources.add(bar < 0 ? new EntryDocument.Source(line, null)
						: new EntryDocument.Source(line.substring(0, bar).trim(), line.substring(bar + 1).trim()));
			}
		}
		return new EntryDocument(key, type, blankToNull(form.getFirst("parent")),
				blankToNull(form.getFirst("country")) == null ? null : form.getFirst("country").trim().toUpperCase(Locale.ROOT),
				blankToNull(form.getFirst("scope")), EditorialStatus.DRAFT, null, sources, attributes, translations);
	}

	private static Object integer(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
