package org.protect.directory.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.protect.directory.Directory;
import org.protect.directory.DirectoryEntry;
import org.protect.directory.EntryType;
import org.protect.directory.SearchQuery;
import org.protect.shared.NotFoundException;
import org.protect.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory pages: home with search, country, instrument, article, agency, procedure and
 * the other entries. No sign-in needed.
 */
@Controller
class DirectoryWebController {

	private final Directory directory;

	DirectoryWebController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/directory")
	String home(Model model) {
		model.addAttribute("countries", directory.countries());
		model.addAttribute("instruments", directory.instruments());
		model.addAttribute("types", EntryType.values());
		return "directory/home";
	}

	@GetMapping("/directory/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) EntryType type, @RequestParam(required = false) String instrument,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model, HttpServletRequest request) {
		model.addAttribute("q", q);
		model.addAttribute("country", country);
		model.addAttribute("type", type);
		model.addAttribute("instrument", instrument);
		model.addAttribute("results",
				directory.search(new SearchQuery(q, country, type, locale.getLanguage(), instrument, Math.max(0, page))));
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("pageSize", SearchQuery.PAGE_SIZE);
		model.addAttribute("countries", directory.countries());
		model.addAttribute("instruments", directory.instruments());
		model.addAttribute("types", EntryType.values());
		return FormErrors.isHtmx(request) ? "directory/search :: #search-results" : "directory/search";
	}

	@GetMapping("/directory/countries/{code}")
	String country(@PathVariable String code, Model model) {
		DirectoryEntry country = directory.country(code)
			.orElseThrow(() -> new NotFoundException("directory.entry.notFound"));
		List<DirectoryEntry> bindings = directory.inCountry(country.country(), EntryType.BINDING);
		model.addAttribute("entry", country);
		model.addAttribute("bindings", bindings);
		model.addAttribute("instrumentsByKey",
				directory.byKeys(bindings.stream().map(b -> b.document().parent()).toList()));
		model.addAttribute("agencies", directory.inCountry(country.country(), EntryType.AGENCY));
		model.addAttribute("procedures", directory.proceduresFor(country.country()));
		model.addAttribute("agreements", directory.agreementsOf(country.country()));
		return "directory/country";
	}

	@GetMapping("/directory/entries/{key}")
	String entry(@PathVariable String key, Model model) {
		DirectoryEntry entry = directory.entry(key).orElseThrow(() -> new NotFoundException("directory.entry.notFound"));
		if (entry.type() == EntryType.COUNTRY) {
			return "redirect:/directory/countries/" + entry.country();
		}
		model.addAttribute("entry", entry);
		model.addAttribute("parent", entry.document().parent() == null ? null
				: directory.entry(entry.document().parent()).orElse(null));
		switch (entry.type()) {
			case INSTRUMENT -> {
				model.addAttribute("articles", directory.children(key, EntryType.ARTICLE));
				List<DirectoryEntry> bindings = directory.children(key, EntryType.BINDING);
				model.addAttribute("bindings", bindings);
				model.addAttribute("countriesByCode", countriesByCode());
			}
			case AGENCY -> {
				model.addAttribute("contacts", directory.children(key, EntryType.CONTACT));
				model.addAttribute("related", directory.byKeys(entry.listAttribute("designatedUnder")));
			}
			case PROCEDURE -> {
				List<DirectoryEntry> steps = directory.children(key, EntryType.STEP);
				model.addAttribute("steps", steps);
				model.addAttribute("related", directory.byKeys(steps.stream()
					.flatMap(step -> step.listAttribute("legalBasis").stream())
					.toList()));
			}
			case STEP -> model.addAttribute("related", directory.byKeys(entry.listAttribute("legalBasis")));
			case BINDING -> model.addAttribute("countriesByCode", countriesByCode());
			default -> {
			}
		}
		return "directory/entry";
	}

	private java.util.Map<String, DirectoryEntry> countriesByCode() {
		java.util.Map<String, DirectoryEntry> countries = new java.util.HashMap<>();
		directory.countries().forEach(country -> countries.put(country.country(), country));
		return countries;
	}


}
