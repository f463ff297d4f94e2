package org.protect.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search quality on the reference content: each query must find the entries a caseworker would expect,
 * however it is spelled, accented or in which of the interface languages it is asked.
 */
class DirectorySearchIntegrationTests extends IntegrationTest {

	@Autowired
	Directory directory;

	@ParameterizedTest(name = "[{0}] \"{1}\" finds {2} among the first {3}")
	@CsvSource(delimiter = '|', textBlock = """
			en | Brussels IIb          | instrument:eu-2019-1111     | 3
			en | Brusels IIb           | instrument:eu-2019-1111     | 3
			en | brussels iib          | instrument:eu-2019-1111     | 3
			en | gardianship           | agency:se:overformyndare    | 20
			en | trafficking convention| instrument:cets-197         | 5
			en | trafikking            | instrument:cets-197         | 10
			en | placement abroad      | article:hcch-1996:33        | 5
			en | best interests        | article:crc:3               | 5
			en | unaccompanied         | procedure:generic:unaccompanied-child-identified | 8
			en | return directive      | instrument:eu-2008-115      | 3
			en | returm directive      | instrument:eu-2008-115      | 3
			en | Albania               | country:al                  | 1
			en | bāriņtiesa            | agency:lv:barintiesas       | 3
			en | barintiesa            | agency:lv:barintiesas       | 3
			sv | Lettland              | country:lv                  | 1
			sv | Haag                  | instrument:hcch-1996        | 5
			sv | Barnkonventionen      | instrument:crc              | 3
			sv | Bryssel               | instrument:eu-2019-1111     | 3
			sv | socialtjänsten        | agency:se:socialtjansten    | 3
			sv | socialtjansten        | agency:se:socialtjansten    | 3
			lv | Latvija               | country:lv                  | 1
			lv | Briseles regula       | instrument:eu-2019-1111     | 3
			lv | Hāgas konvencija      | instrument:hcch-1996        | 5
			lv | hagas konvencija      | instrument:hcch-1996        | 5
			lt | Lietuva               | country:lt                  | 1
			lt | Švedija               | country:se                  | 1
			lt | Briuselio reglamentas | instrument:eu-2019-1111     | 3
			lt | vaiko teisių apsaugos tarnyba | agency:lt:vaikoteises | 5
			lt | vaiko teisiu apsaugos tarnyba | agency:lt:vaikoteises | 5
			""")
	void findsWhatACaseworkerExpects(String language, String query, String expected, int within) {
		SearchResults results = directory.search(new SearchQuery(query, null, null, language, null, 0));
		List<String> keys = results.results().stream().map(SearchResults.Result::id).toList();
		assertThat(keys.subList(0, Math.min(within, keys.size()))).as("results for %s", query).contains(expected);
	}

	@Test
	void filtersByCountryAndType() {
		SearchResults results = directory.search(new SearchQuery("authority", "LV", EntryType.AGENCY, "en", null, 0));
		assertThat(results.results()).isNotEmpty()
			.allSatisfy(result -> assertThat(result.type()).isEqualTo("AGENCY"))
			.allSatisfy(result -> assertThat(result.country()).isEqualTo("LV"));
	}

	@Test
	void filtersByInstrument() {
		SearchResults results = directory.search(new SearchQuery("consent", null, null, "en", "instrument:hcch-1996", 0));
		assertThat(results.results()).extracting(SearchResults.Result::id).contains("article:hcch-1996:33");
		SearchResults others = directory.search(new SearchQuery("consent", null, null, "en", "instrument:eu-2016-679", 0));
		assertThat(others.results()).extracting(SearchResults.Result::id).doesNotContain("article:hcch-1996:33");
	}

	@Test
	void highlightsTheMatchesInEscapedSnippets() {
		SearchResults results = directory.search(new SearchQuery("guardianship", null, null, "en", null, 0));
		assertThat(results.results()).anySatisfy(result -> assertThat(result.snippet()).contains("<mark>"));
		assertThat(results.results()).allSatisfy(result -> assertThat(result.snippet()).doesNotContain("<script"));
	}

	@Test
	void pagesThroughManyResults() {
		SearchResults first = directory.search(new SearchQuery("convention", null, null, "en", null, 0));
		SearchResults second = directory.search(new SearchQuery("convention", null, null, "en", null, 1));
		assertThat(first.total()).isGreaterThan(SearchQuery.PAGE_SIZE);
		assertThat(first.results()).hasSize(SearchQuery.PAGE_SIZE);
		assertThat(second.results()).isNotEmpty().doesNotContainAnyElementsOf(first.results());
	}

	@Test
	void theApiAnswersInTheDocumentedShape() {
		var response = client().get("/api/v1/directory/search?q=" + URLEncoder.encode("Brussels IIb", StandardCharsets.UTF_8)
				+ "&type=INSTRUMENT&lang=en");
		assertThat(response.statusCode()).isEqualTo(200);
		var body = HttpTestClient.json(response);
		assertThat(body.get("total").asLong()).isPositive();
		var first = body.get("results").get(0);
		assertThat(first.get("type").asString()).isEqualTo("INSTRUMENT");
		assertThat(first.get("id").asString()).isEqualTo("instrument:eu-2019-1111");
		assertThat(first.get("title").asString()).contains("Brussels IIb");
		assertThat(first.has("snippet")).isTrue();
		assertThat(first.has("country")).isTrue();
		assertThat(first.get("url").asString()).isEqualTo("/directory/entries/instrument:eu-2019-1111");
	}

	@Test
	void theApiExplainsABadRequest() {
		var missing = client().get("/api/v1/directory/search");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(HttpTestClient.json(missing).get("errors").findValuesAsString("field")).contains("q");
		var badType = client().get("/api/v1/directory/search?q=x&type=PLANET&lang=xx");
		assertThat(badType.statusCode()).isEqualTo(400);
		assertThat(HttpTestClient.json(badType).get("errors").findValuesAsString("field")).contains("type", "lang");
	}

	@Test
	void countriesAreListedWithTheirNamesInTheLanguageAsked() {
		var response = client().get("/api/v1/directory/countries?lang=lv");
		assertThat(response.statusCode()).isEqualTo(200);
		var names = HttpTestClient.json(response).findValuesAsString("name");
		assertThat(names).contains("Latvija", "Zviedrija").hasSize(14);
		var latvia = HttpTestClient.json(client().get("/api/v1/directory/countries/LV"));
		assertThat(latvia.get("code").asString()).isEqualTo("LV");
		assertThat(latvia.get("instruments").findValuesAsString("key")).contains("instrument:hcch-1996", "instrument:crc");
		assertThat(latvia.get("agencies").size()).isPositive();
		assertThat(client().get("/api/v1/directory/countries/QQ").statusCode()).isEqualTo(404);
	}

}
