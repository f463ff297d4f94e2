package org.protect.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

class GuideIntegrationTests extends IntegrationTest {

	@Autowired
	Directory directory;

	@Test
	void givesTheOrderedStepsWithAgenciesAndLegalBasis() {
		Guide guide = directory.guide("LV", Situation.UNACCOMPANIED_CHILD_IDENTIFIED, null, Locale.ENGLISH);
		assertThat(guide.steps()).isNotEmpty();
		assertThat(guide.steps()).extracting(Guide.Step::order).isSorted();
		assertThat(guide.steps()).anySatisfy(step -> assertThat(step.agency()).isNotNull());
		assertThat(guide.steps()).anySatisfy(step -> assertThat(step.legalBasis()).isNotEmpty());
		assertThat(guide.steps()).allSatisfy(step -> assertThat(step.title()).isNotBlank());
	}

	@Test
	void prefersTheCountrysOwnProcedureToTheGenericOne() {
		Guide latvia = directory.guide("LV", Situation.UNACCOMPANIED_CHILD_IDENTIFIED, null, Locale.ENGLISH);
		assertThat(latvia.generic()).isFalse();
		assertThat(latvia.procedureKey()).isEqualTo("procedure:lv:unaccompanied-child-identified");
		Guide finland = directory.guide("FI", Situation.UNACCOMPANIED_CHILD_IDENTIFIED, null, Locale.ENGLISH);
		assertThat(finland.generic()).isTrue();
	}

	@Test
	void withTheOriginKnownShowsTheOtherCountrysSideAndSharedInstruments() {
		Guide guide = directory.guide("LV", Situation.RETURN_TO_COUNTRY_OF_ORIGIN, "AL", Locale.ENGLISH);
		assertThat(guide.crossBorder()).isNotNull();
		assertThat(guide.crossBorder().origin()).isEqualTo("AL");
		assertThat(guide.crossBorder().originName()).isEqualTo("Albania");
		assertThat(guide.crossBorder().centralAuthorities()).isNotEmpty();
		assertThat(guide.crossBorder().sharedInstruments()).extracting(Guide.LegalBasis::key)
			.contains("instrument:hcch-1996")
			.doesNotContain("instrument:eu-2019-1111");
		assertThat(guide.steps()).filteredOn(Guide.Step::otherCountry)
			.isNotEmpty()
			.allSatisfy(step -> assertThat(step.actingCountry()).isEqualTo("AL"));
	}

	@Test
	void saysWhetherTheLawBindsTheActingCountry() {
		Guide denmark = directory.guide("DK", Situation.PLACEMENT_ABROAD, null, Locale.ENGLISH);
		assertThat(denmark.steps()).flatExtracting(Guide.Step::legalBasis)
			.filteredOn(basis -> basis.key().startsWith("article:eu-2019-1111") && basis.binding() != null)
			.allSatisfy(basis -> assertThat(basis.binding()).isIn("NOT_BOUND", "OPTED_OUT"));
	}

	@Test
	void theApiAnswersWithStepsInTheDocumentedShape() {
		var response = client().get("/api/v1/guide?country=LV&situation=unaccompanied-child-identified&origin=AL");
		assertThat(response.statusCode()).isEqualTo(200);
		var body = HttpTestClient.json(response);
		var step = body.get("steps").get(0);
		for (String field : new String[] { "order", "title", "agency", "contacts", "legalBasis", "timeLimit", "safeguards" }) {
			assertThat(step.has(field)).as(field).isTrue();
		}
		assertThat(body.get("crossBorder").get("origin").asString()).isEqualTo("AL");
	}

	@Test
	void theApiExplainsWhatIsMissingOrUnknown() {
		var missing = client().get("/api/v1/guide?situation=nothing-like-this");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(HttpTestClient.json(missing).get("errors").findValuesAsString("field")).contains("country", "situation");
		var unknown = client().get("/api/v1/guide?country=QQ&situation=placement-abroad");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(HttpTestClient.json(unknown).get("code").asString()).isEqualTo("not-found");
	}

	@Test
	void theGuidePageShowsTheStepsAndBothSides() {
		var page = client().get("/guide?country=LV&situation=unaccompanied-child-identified&origin=AL");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("class=\"steps\"").contains("On the side of Albania");
		var empty = client().get("/guide?country=&situation=");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("Choose the country you are in.");
	}

}
