package org.protect.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.protect.accounts.Role;
import org.protect.shared.DomainException;
import org.protect.support.AsUser;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DirectoryExchangeIntegrationTests extends IntegrationTest {

	@Autowired
	DirectoryEditing editing;

	@Autowired
	DirectoryImports imports;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportsACountryWithEveryRevision() {
		var response = client().withToken("editor.se", PASSWORD).get("/api/v1/directory/export?country=LV");
		assertThat(response.statusCode()).isEqualTo(200);
		var body = HttpTestClient.json(response);
		assertThat(body.get("format").asString()).isEqualTo("protect-directory/1");
		var keys = body.get("entries").findValuesAsString("key");
		assertThat(keys).contains("country:lv", "agency:lv:barintiesas", "binding:lv:hcch-1996")
			.noneMatch(key -> key.startsWith("country:se"));
		var first = body.get("entries").get(0);
		assertThat(first.get("revisions").size()).isPositive();
		assertThat(first.get("revisions").get(0).get("document").get("key").asString()).isEqualTo(first.get("key").asString());
	}

	@Test
	void onlyEditorsExport() {
		assertThat(client().withToken("caseworker.se", PASSWORD).get("/api/v1/directory/export").statusCode()).isEqualTo(403);
		assertThat(client().get("/api/v1/directory/export").statusCode()).isEqualTo(401);
	}

	@Test
	void anImportWithProblemsReportsThemAllAndImportsNothing() {
		long before = count();
		String document = """
				{"format": "protect-directory/1", "entries": [
				  {"key": "agency:se:import-good", "type": "AGENCY", "country": "SE", "scope": "NATIONAL", "status": "PUBLISHED",
				   "sources": [{"url": "https://www.example.org", "supports": "synthetic"}],
				   "attributes": {"agencyTypes": ["NGO"]}, "translations": {"en": {"name": "Synthetic Good Agency"}}},
				  {"key": "agency:se:import-bad", "type": "AGENCY", "country": "SE", "scope": "NATIONAL", "status": "PUBLISHED",
				   "attributes": {"agencyTypes": ["NOT_A_TYPE"], "website": "nonsense"}, "translations": {"en": {}}},
				  {"key": "contact:se:orphan", "type": "CONTACT", "parent": "agency:se:nowhere", "country": "SE", "scope": "NATIONAL",
				   "status": "PUBLISHED", "attributes": {"kind": "PHONE", "value": "+46 000"}, "translations": {"en": {}}}
				]}""";
		var response = client().withToken("editor.se", PASSWORD).postJson("/api/v1/directory/import", document);
		assertThat(response.statusCode()).isEqualTo(400);
		var errors = HttpTestClient.json(response).get("errors");
		assertThat(errors.findValuesAsString("field")).contains("attributes.agencyTypes", "attributes.website",
				"translations.en.name", "parent");
		assertThat(errors.findValues("position")).extracting(node -> node.asInt()).contains(2, 3).doesNotContain(1);
		assertThat(errors.findValuesAsString("message")).allSatisfy(message -> assertThat(message).isNotBlank());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anImportWaitsForASecondEditorAndIsPublishedAtOnce() {
		String document = """
				{"format": "protect-directory/1", "entries": [
				  {"key": "contact:se:imported-agency:phone", "type": "CONTACT", "parent": "agency:se:imported-agency", "country": "SE",
				   "scope": "NATIONAL", "status": "PUBLISHED", "attributes": {"kind": "WEB", "value": "https://www.example.org"},
				   "translations": {"en": {"label": "Synthetic website"}}},
				  {"key": "agency:se:imported-agency", "type": "AGENCY", "country": "SE", "scope": "NATIONAL", "status": "PUBLISHED",
				   "sources": [{"url": "https://www.example.org", "supports": "synthetic"}],
				   "verified": {"at": "2026-01-15", "by": "partner node editor", "source": "https://www.example.org/register"},
				   "attributes": {"agencyTypes": ["NGO"]}, "translations": {"en": {"name": "Synthetic Imported Agency"}}}
				]}""";
		var response = client().withToken("editor.se", PASSWORD).postJson("/api/v1/directory/import", document);
		assertThat(response.statusCode()).isEqualTo(201);
		var outcome = HttpTestClient.json(response);
		assertThat(outcome.get("created").asInt()).isEqualTo(2);
		assertThat(directory.entry("agency:se:imported-agency")).isEmpty();
		String importId = outcome.get("importId").asString();
		var own = client().withToken("editor.se", PASSWORD).postJson("/api/v1/directory/imports/" + importId + "/publication", "{}");
		assertThat(own.statusCode()).isEqualTo(422);
		var second = client().withToken("reviewer.se", PASSWORD).postJson("/api/v1/directory/imports/" + importId + "/publication", "{}");
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(HttpTestClient.json(second).get("published").asInt()).isEqualTo(2);
		DirectoryEntry agency = directory.entry("agency:se:imported-agency").orElseThrow();
		assertThat(agency.verification().by()).isEqualTo("partner node editor");
		assertThat(directory.children("agency:se:imported-agency", EntryType.CONTACT)).hasSize(1);
	}

	@Test
	void anExportImportsBackAsNewRevisions() {
		var exported = client().withToken("editor.se", PASSWORD).get("/api/v1/directory/export?country=IS");
		var response = client().withToken("reviewer.se", PASSWORD).postJson("/api/v1/directory/import", exported.body());
		assertThat(response.statusCode()).isEqualTo(201);
		var outcome = HttpTestClient.json(response);
		assertThat(outcome.get("created").asInt()).isZero();
		assertThat(outcome.get("revised").asInt()).isEqualTo(HttpTestClient.json(exported).get("entries").size());
	}

	@Test
	void aCsvOfAgenciesIsCheckedLineByLine() {
		String csv = """
				key,country,name,original_name,agency_types,website,mandate,source_url,source_supports,contact_kind,contact_value,contact_label
				agency:lt:csv-one,LT,Synthetic CSV Agency,Sintetinė agentūra,CHILD_WELFARE|NGO,https://www.example.org,"Helps, synthetically",https://www.example.org,synthetic,WEB,https://www.example.org,Website
				agency:lt:csv-one,LT,,,,,,,,PHONE,+370 000 00000,Synthetic line
				agency:lt:csv-two,LT,,,SPACESHIP,not a site,,,,,,
				""";
		HttpTestClient editor = client().withToken("editor.se", PASSWORD);
		var refused = editor.send(editor.request("/api/v1/directory/import")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv))
			.build());
		assertThat(refused.statusCode()).isEqualTo(400);
		var errors = HttpTestClient.json(refused).get("errors");
		assertThat(errors.findValues("position")).extracting(node -> node.asInt()).containsOnly(4);
		assertThat(errors.findValuesAsString("field")).contains("agency_types", "website", "name");

		String good = csv.lines().limit(3).reduce((a, b) -> a + "\n" + b).orElseThrow();
		var accepted = editor.send(editor.request("/api/v1/directory/import")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(good))
			.build());
		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(HttpTestClient.json(accepted).get("created").asInt()).isEqualTo(3);
		DirectoryEntry agency = AsUser.call("editor.se", Role.DIRECTORY_EDITOR,
				() -> editing.working("agency:lt:csv-one").orElseThrow());
		assertThat(agency.title(Locale.ENGLISH).value()).isEqualTo("Synthetic CSV Agency");
		assertThat(agency.attribute("agencyTypes")).isEqualTo(List.of("CHILD_WELFARE", "NGO"));
		assertThat(agency.text("mandate", Locale.ENGLISH).value()).isEqualTo("Helps, synthetically");
	}

	@Test
	void aBackgroundImportReportsItsProgressUntilDone() throws InterruptedException {
		List<EntryDocument> many = new java.util.ArrayList<>();
		for (int i = 0; i < 150; i++) {
			many.add(DirectoryEditingIntegrationTests.agency("agency:no:bulk-" + i, "Synthetic Bulk Agency " + i));
		}
		UUID job = AsUser.call("bulk.editor", Role.DIRECTORY_EDITOR, () -> imports.start(many));
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		ImportJob state;
		do {
			Thread.sleep(100);
			state = AsUser.call("bulk.editor", Role.DIRECTORY_EDITOR, () -> imports.job(job)).orElseThrow();
		}
		while (state.running() && Instant.now().isBefore(deadline));
		assertThat(state.state()).isEqualTo("DONE");
		assertThat(state.processed()).isEqualTo(150);
		assertThat(state.created()).isEqualTo(150);
		assertThat(state.importId()).isNotNull();
		ImportJob done = state;
		assertThatThrownBy(() -> AsUser.run("bulk.editor", Role.DIRECTORY_EDITOR, () -> editing.publishImport(done.importId())))
			.isInstanceOf(DomainException.class);
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM directory.entry").query(Long.class).single();
	}

}
