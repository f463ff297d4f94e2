package org.protect.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.directory.Directory;
import org.protect.directory.DirectoryEntry;
import org.protect.directory.EntryType;
import org.protect.directory.Guide;
import org.protect.directory.SearchQuery;
import org.protect.directory.SearchResults;
import org.protect.directory.Situation;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;
import org.protect.shared.i18n.SupportedLanguages;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public directory API: search, countries, entries and the guide. No token needed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "The public directory and the guide; no token needed")
class DirectoryRestController {

	private final Directory directory;

	DirectoryRestController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/directory/search")
	@SecurityRequirements
	SearchResults search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) String type, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String instrument, @RequestParam(defaultValue = "0") int page,
			Locale locale) {
		var problems = new InvalidInputException.Collector();
		if (q.isBlank()) {
			problems.add("q", "validation.required");
		}
		EntryType entryType = null;
		if (type != null && !type.isBlank()) {
			try {
				entryType = EntryType.valueOf(type.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add("type", "directory.api.type");
			}
		}
		if (lang != null && !lang.isBlank() && SupportedLanguages.find(lang).isEmpty()) {
			problems.add("lang", "validation.language");
		}
		if (page < 0) {
			problems.add("page", "directory.api.page");
		}
		problems.throwIfAny();
		String language = lang == null || lang.isBlank() ? locale.getLanguage() : lang;
		return directory.search(new SearchQuery(q, country, entryType, language, instrument, page));
	}

	@GetMapping("/directory/countries")
	@SecurityRequirements
	List<Map<String, Object>> countries(@RequestParam(required = false) String lang, Locale locale) {
		Locale language = language(lang, locale);
		return directory.countries().stream().map(country -> summary(country, language)).toList();
	}

	@GetMapping("/directory/countries/{code}")
	@SecurityRequirements
	Map<String, Object> country(@PathVariable String code, @RequestParam(required = false) String lang,
			Locale locale) {
		Locale language = language(lang, locale);
		DirectoryEntry country = directory.country(code)
			.orElseThrow(() -> new NotFoundException("directory.entry.notFound"));
		Map<String, Object> body = summary(country, language);
		body.put("profile", country.text("profile", language).value());
		body.put("requestLanguages", country.attribute("requestLanguages"));
		List<DirectoryEntry> bindings = directory.inCountry(country.country(), EntryType.BINDING);
		Map<String, DirectoryEntry> instruments = directory.byKeys(bindings.stream().map(b -> b.document().parent()).toList());
		body.put("instruments", bindings.stream().map(binding -> {
			Map<String, Object> item = new LinkedHashMap<>();
			DirectoryEntry instrument = instruments.get(binding.document().parent());
			item.put("key", binding.document().parent());
			item.put("title", instrument == null ? null : instrument.title(language).value());
			item.put("status", binding.attribute("status"));
			item.put("since", binding.attribute("since"));
			item.put("note", binding.text("note", language).value());
			item.put("verified", binding.verified());
			return item;
		}).toList());
		body.put("agencies", directory.inCountry(country.country(), EntryType.AGENCY)
			.stream()
			.map(agency -> reference(agency, language))
			.toList());
		body.put("procedures", directory.proceduresFor(country.country())
			.stream()
			.map(procedure -> reference(procedure, language))
			.toList());
		body.put("agreements", directory.agreementsOf(country.country())
			.stream()
			.map(agreement -> reference(agreement, language))
			.toList());
		body.put("sources", country.sources());
		return body;
	}

	@GetMapping("/directory/entries/{key}")
	@SecurityRequirements
	Map<String, Object> entry(@PathVariable String key) {
		DirectoryEntry entry = directory.entry(key).orElseThrow(() -> new NotFoundException("directory.entry.notFound"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("entry", entry.document());
		body.put("revision", entry.revision());
		body.put("lastChanged", entry.updatedAt());
		return body;
	}

	@GetMapping("/guide")
	@SecurityRequirements
	Guide guide(@RequestParam(required = false) String country, @RequestParam(required = false) String situation,
			@RequestParam(required = false) String origin, @RequestParam(required = false) String lang, Locale locale) {
		var problems = new InvalidInputException.Collector();
		if (country == null || country.isBlank()) {
			problems.add("country", "validation.required");
		}
		Situation chosen = situation == null ? null : Situation.ofCode(situation.trim()).orElse(null);
		if (chosen == null) {
			problems.add("situation", "directory.api.situation");
		}
		problems.throwIfAny();
		return directory.guide(country.trim(), chosen, origin, language(lang, locale));
	}

	private static Locale language(String lang, Locale locale) {
		return lang == null || lang.isBlank() ? locale : SupportedLanguages.find(lang).orElse(locale);
	}

	private static Map<String, Object> summary(DirectoryEntry country, Locale language) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", country.country());
		body.put("name", country.title(language).value());
		body.put("euMember", country.attribute("euMember"));
		body.put("coeMember", country.attribute("coeMember"));
		body.put("verified", country.verified());
		body.put("verifiedAt", country.verification() == null ? null : country.verification().at());
		body.put("lastChanged", country.updatedAt());
		body.put("url", "/directory/countries/" + country.country());
		return body;
	}

	private static Map<String, Object> reference(DirectoryEntry entry, Locale language) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("key", entry.key());
		item.put("title", entry.title(language).value());
		item.put("verified", entry.verified());
		item.put("url", "/directory/entries/" + entry.key());
		return item;
	}

}
