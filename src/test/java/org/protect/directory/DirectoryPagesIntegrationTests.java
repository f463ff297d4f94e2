package org.protect.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protect.support.IntegrationTest;

/**
 * The public pages, without signing in.
 */
class DirectoryPagesIntegrationTests extends IntegrationTest {

	@Test
	void theHomePageListsCountriesAndInstruments() {
		var page = client().get("/directory");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Latvia").contains("Albania").contains("Brussels IIb Regulation");
	}

	@Test
	void aCountryPageShowsItsInstrumentsAgenciesAndProcedures() {
		var page = client().get("/directory/countries/LV");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Latvia</h1>")
			.contains("Hague Child Protection Convention 1996")
			.contains("/directory/entries/agency:lv:barintiesas")
			.contains("Not yet verified")
			.contains("Last changed on");
	}

	@Test
	void anInstrumentPageShowsItsArticlesAndTheCountriesItBinds() {
		var page = client().get("/directory/entries/instrument:hcch-1996");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Art. 33").contains("Latvia").contains("https://www.hcch.net");
	}

	@Test
	void anAgencyWithoutSourcedContactsSaysSo() {
		var page = client().get("/directory/entries/agency:se:socialtjansten");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsAnyOf("Contact details not yet verified", "Website");
	}

	@Test
	void aTextNotYetTranslatedIsShownInEnglishAndSaysSo() {
		var page = client().get("/directory/entries/article:crc:3?lang=lv");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"lv\"").contains("class=\"fallback\" lang=\"en\"");
	}

	@Test
	void anUnknownEntryIsNotFound() {
		assertThat(client().get("/directory/entries/agency:xx:nothing").statusCode()).isEqualTo(404);
	}

	@Test
	void searchWorksFromThePageToo() {
		var page = client().get("/directory/search?q=gardianship");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Showing results for: guardianship").contains("<mark>");
		var fragment = client().header("HX-Request", "true").get("/directory/search?q=gardianship");
		assertThat(fragment.body()).startsWith("<div id=\"search-results\"").doesNotContain("<html");
	}

	@Test
	void editingPagesAreForEditorsOnly() {
		assertThat(client().get("/directory/editor").statusCode()).isEqualTo(302);
		var caseworker = client();
		caseworker.signIn("caseworker.se", PASSWORD);
		assertThat(caseworker.get("/directory/editor").statusCode()).isEqualTo(403);
		var editor = client();
		editor.signIn("editor.se", PASSWORD);
		assertThat(editor.get("/directory/editor").statusCode()).isEqualTo(200);
		assertThat(editor.get("/directory/editor/entries/agency:lv:barintiesas").statusCode()).isEqualTo(200);
		assertThat(editor.get("/directory/editor/entries/agency:lv:barintiesas/history").statusCode()).isEqualTo(200);
		assertThat(editor.get("/directory/editor/new?type=STEP").statusCode()).isEqualTo(200);
		assertThat(editor.get("/directory/editor/import").statusCode()).isEqualTo(200);
	}

}
