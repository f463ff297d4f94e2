package org.protect.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.protect.directory.DirectoryEntry;
import org.protect.directory.EntryType;
import org.protect.directory.Guide;
import org.protect.directory.Situation;
import org.protect.shared.NotFoundException;

/**
 * Puts a guide together from the published directory: the country's own procedure for the situation or
 * the generic one, each step's acting agency in the country where it acts, and the law it rests on with
 * whether that law binds the acting country.
 */
final class GuideBuilder {

	private static final Set<String> BINDS = Set.of("PARTY", "BOUND");

	private final DirectoryReader directory;

	private final Locale locale;

	/** A country's statuses under each instrument (instrument key → status), read once per guide. */
	private final Map<String, Map<String, String>> bindingsByCountry = new java.util.HashMap<>();

	/** A country's agencies, read once per guide rather than once per step. */
	private final Map<String, List<DirectoryEntry>> agenciesByCountry = new java.util.HashMap<>();

	GuideBuilder(DirectoryReader directory, Locale locale) {
		this.directory = directory;
		this.locale = locale;
	}

	Guide build(String country, Situation situation, String origin) {
		directory.country(country).orElseThrow(() -> new NotFoundException("directory.guide.unknownCountry", country));
		if (origin != null) {
			directory.country(origin).orElseThrow(() -> new NotFoundException("directory.guide.unknownCountry", origin));
		}
		DirectoryEntry procedure = procedure(country, situation, origin)
			.orElseThrow(() -> new NotFoundException("directory.guide.noProcedure"));
		List<DirectoryEntry> steps = directory.children(procedure.key(), EntryType.STEP);
		Set<String> legalKeys = new LinkedHashSet<>();
		steps.forEach(step -> legalKeys.addAll(step.listAttribute("legalBasis")));
		Map<String, DirectoryEntry> law = directory.byKeys(legalKeys);
		Set<String> instrumentKeys = new LinkedHashSet<>();
		law.values().forEach(entry -> instrumentKeys.add(instrumentOf(entry)));
		Map<String, DirectoryEntry> instruments = directory.byKeys(instrumentKeys);

		List<Guide.Step> result = new ArrayList<>();
		for (DirectoryEntry step : steps) {
			boolean other = Boolean.TRUE.equals(step.attribute("otherCountry"));
			String acting = other ? origin : country;
			String agencyType = (String) step.attribute("agencyType");
			List<DirectoryEntry> candidates = agencies(acting, agencyType);
			DirectoryEntry named = step.attribute("agency") instanceof String key ? directory.entry(key).orElse(null) : null;
			DirectoryEntry agency = named != null ? named : candidates.isEmpty() ? null : candidates.get(0);
			List<Guide.AgencyRef> alternatives = candidates.stream()
				.filter(candidate -> agency == null || !candidate.key().equals(agency.key()))
				.map(this::agencyRef)
				.toList();
			List<Guide.LegalBasis> basis = step.listAttribute("legalBasis").stream()
				.map(law::get)
				.filter(java.util.Objects::nonNull)
				.map(entry -> legalBasis(entry, instruments.get(instrumentOf(entry)), acting))
				.toList();
			result.add(new Guide.Step(((Number) step.attribute("order")).intValue(), step.title(locale).value(),
					step.text("action", locale).value(), other, acting, agencyType,
					agency == null ? null : agencyRef(agency), alternatives, agency == null ? List.of() : contacts(agency),
					basis, step.text("timeLimit", locale).value(), step.text("safeguards", locale).value(),
					step.text("documents", locale).value()));
		}
		return new Guide(country, situation.code(), origin, procedure.key(), procedure.title(locale).value(),
				procedure.country() == null, result, origin == null ? null : crossBorder(country, origin));
	}

	private Optional<DirectoryEntry> procedure(String country, Situation situation, String origin) {
		Comparator<DirectoryEntry> specific = Comparator
			.comparing((DirectoryEntry p) -> p.country() == null ? 1 : 0)
			.thenComparing(p -> origin != null && origin.equals(p.attribute("originCountry")) ? 0 : 1);
		return directory.proceduresFor(country)
			.stream()
			.filter(p -> situation.code().equals(p.attribute("situation")))
			.filter(p -> p.attribute("originCountry") == null || p.attribute("originCountry").equals(origin))
			.min(specific);
	}

	private List<DirectoryEntry> agencies(String country, String agencyType) {
		if (country == null || agencyType == null) {
			return List.of();
		}
		return agenciesIn(country).stream()
			.filter(agency -> agency.listAttribute("agencyTypes").contains(agencyType))
			.toList();
	}

	private Guide.CrossBorder crossBorder(String country, String origin) {
		DirectoryEntry originEntry = directory.country(origin).orElseThrow();
		List<Guide.AgencyRef> authorities = agenciesIn(origin).stream()
			.filter(agency -> agency.listAttribute("agencyTypes")
				.stream()
				.anyMatch(type -> type.endsWith("CENTRAL_AUTHORITY")))
			.map(this::agencyRef)
			.toList();
		List<Guide.LegalBasis> shared = new ArrayList<>();
		for (DirectoryEntry instrument : directory.instruments()) {
			String here = binding(instrument.key(), country);
			String there = binding(instrument.key(), origin);
			if (here != null && there != null && BINDS.contains(here) && BINDS.contains(there)) {
				shared.add(new Guide.LegalBasis(instrument.key(), SearchIndexer.shortName(instrument, locale),
						DirectorySearch.url(EntryType.INSTRUMENT, instrument.key(), null),
						(String) instrument.attribute("officialUrl"), here));
			}
		}
		return new Guide.CrossBorder(origin, originEntry.title(locale).value(), authorities, shared);
	}

	private Guide.LegalBasis legalBasis(DirectoryEntry entry, DirectoryEntry instrument, String country) {
		String name = entry.type() == EntryType.ARTICLE && instrument != null
				? SearchIndexer.shortName(instrument, locale) + " art. " + entry.attribute("number") + ": "
						+ entry.title(locale).value()
				: SearchIndexer.shortName(entry, locale);
		String official = instrument == null ? null : (String) instrument.attribute("officialUrl");
		return new Guide.LegalBasis(entry.key(), name, DirectorySearch.url(entry.type(), entry.key(), null), official,
				instrument == null || country == null ? null : binding(instrument.key(), country));
	}

	private String binding(String instrumentKey, String country) {
		return bindingsByCountry.computeIfAbsent(country, code -> {
			Map<String, String> statuses = new java.util.HashMap<>();
			for (DirectoryEntry binding : directory.inCountry(code, EntryType.BINDING)) {
				statuses.putIfAbsent(binding.document().parent(), (String) binding.attribute("status"));
			}
			return statuses;
		}).get(instrumentKey);
	}

	private List<DirectoryEntry> agenciesIn(String country) {
		return agenciesByCountry.computeIfAbsent(country, code -> directory.inCountry(code, EntryType.AGENCY));
	}

	private Guide.AgencyRef agencyRef(DirectoryEntry agency) {
		return new Guide.AgencyRef(agency.key(), agency.title(locale).value(), (String) agency.attribute("website"),
				agency.verified(), DirectorySearch.url(EntryType.AGENCY, agency.key(), agency.country()));
	}

	private List<Guide.ContactRef> contacts(DirectoryEntry agency) {
		return directory.children(agency.key(), EntryType.CONTACT)
			.stream()
			.map(contact -> new Guide.ContactRef((String) contact.attribute("kind"), (String) contact.attribute("value"),
					contact.text("label", locale).value(), contact.verified()))
			.toList();
	}

	private static String instrumentOf(DirectoryEntry entry) {
		return entry.type() == EntryType.ARTICLE ? entry.document().parent() : entry.key();
	}


}
