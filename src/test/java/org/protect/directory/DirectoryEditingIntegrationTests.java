package org.protect.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.protect.accounts.Role;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditQuery;
import org.protect.shared.ConflictException;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.support.AsAdmin;
import org.protect.support.AsUser;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class DirectoryEditingIntegrationTests extends IntegrationTest {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	@Autowired
	DirectoryEditing editing;

	@Autowired
	Directory directory;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftIsPublishedOnlyByASecondEditor() {
		String key = "agency:se:test-" + COUNTER.incrementAndGet();
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> editing.create(agency(key, "Synthetic Test Agency")));
		assertThat(directory.entry(key)).isEmpty();
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> editing.submitForReview(key));
		assertThatThrownBy(() -> AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> editing.publish(key)))
			.isInstanceOf(DomainException.class)
			.hasMessage("directory.edit.ownRevision");
		assertThat(directory.entry(key)).isEmpty();

		AsUser.run("second.editor", Role.DIRECTORY_EDITOR, () -> editing.publish(key));
		assertThat(directory.entry(key)).hasValueSatisfying(
				entry -> assertThat(entry.title(java.util.Locale.ENGLISH).value()).isEqualTo("Synthetic Test Agency"));
		assertThat(directory.search(new SearchQuery("Synthetic Test Agency", "SE", null, "en", null, 0)).results())
			.extracting(SearchResults.Result::id)
			.contains(key);
	}

	@Test
	void aChangeStaysPrivateUntilPublishedAndThePublicSeesTheOldVersionMeanwhile() {
		String key = published("Old Name Agency");
		DirectoryEntry working = AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.working(key).orElseThrow());
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR,
				() -> editing.saveDraft(key, working.revision(), agency(key, "New Name Agency")));
		assertThat(directory.entry(key).orElseThrow().title(java.util.Locale.ENGLISH).value()).isEqualTo("Old Name Agency");
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> editing.submitForReview(key));
		AsUser.run("second.editor", Role.DIRECTORY_EDITOR, () -> editing.publish(key));
		assertThat(directory.entry(key).orElseThrow().title(java.util.Locale.ENGLISH).value()).isEqualTo("New Name Agency");
	}

	@Test
	void aReviewerSendsBackWithACommentThatStaysInTheHistory() {
		String key = "agency:se:test-" + COUNTER.incrementAndGet();
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> {
			editing.create(agency(key, "Returned Agency"));
			editing.submitForReview(key);
		});
		assertThatThrownBy(() -> AsUser.run("second.editor", Role.DIRECTORY_EDITOR, () -> editing.sendBack(key, " ")))
			.isInstanceOf(InvalidInputException.class);
		AsUser.run("second.editor", Role.DIRECTORY_EDITOR, () -> editing.sendBack(key, "Cite the official website."));
		var history = AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.history(key));
		assertThat(history.get(0).status()).isEqualTo("RETURNED");
		assertThat(history.get(0).comment()).isEqualTo("Cite the official website.");
		assertThat(AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.working(key)).orElseThrow()
			.latestStatus()).isEqualTo(EditorialStatus.DRAFT);
	}

	@Test
	void anOldRevisionCanBeRestoredAndTheChangesAreReadable() {
		String key = published("First Wording Agency");
		DirectoryEntry working = AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.working(key).orElseThrow());
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR,
				() -> editing.saveDraft(key, working.revision(), agency(key, "Second Wording Agency")));
		int latest = working.revision() + 1;
		var changes = AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.changes(key, latest));
		assertThat(changes).contains(new DirectoryEditing.FieldChange("translations.en.name", "First Wording Agency",
				"Second Wording Agency"));
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> editing.restore(key, 1));
		DirectoryEntry restored = AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.working(key).orElseThrow());
		assertThat(restored.revision()).isEqualTo(latest + 1);
		assertThat(restored.title(java.util.Locale.ENGLISH).value()).isEqualTo("First Wording Agency");
		assertThat(restored.latestStatus()).isEqualTo(EditorialStatus.DRAFT);
	}

	@Test
	void aStaleRevisionIsRefusedInsteadOfOverwritingAnotherEditorsWork() {
		String key = published("Concurrent Agency");
		DirectoryEntry seen = AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.working(key).orElseThrow());
		AsUser.run("second.editor", Role.DIRECTORY_EDITOR,
				() -> editing.saveDraft(key, seen.revision(), agency(key, "Second Editor's Name")));
		assertThatThrownBy(() -> AsUser.run("author.editor", Role.DIRECTORY_EDITOR,
				() -> editing.saveDraft(key, seen.revision(), agency(key, "Overwriting Name"))))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void markingVerifiedRecordsWhoWhenAndAgainstWhatAndOldChecksTurnStale() {
		String key = published("Verified Agency");
		AsUser.run("checking.editor", Role.DIRECTORY_EDITOR,
				() -> editing.markVerified(key, "https://www.example.org/official-register"));
		DirectoryEntry entry = directory.entry(key).orElseThrow();
		assertThat(entry.verification().by()).isEqualTo("checking.editor");
		assertThat(entry.verification().source()).isEqualTo("https://www.example.org/official-register");
		assertThat(entry.verification().at()).isEqualTo(java.time.LocalDate.now());
		assertThat(AsUser.call("checking.editor", Role.DIRECTORY_EDITOR, () -> editing.stale("SE")))
			.extracting(DirectoryEntry::key)
			.doesNotContain(key);
		jdbc.sql("UPDATE directory.entry SET verified_at = current_date - interval '13 months' WHERE key = ?").param(key).update();
		assertThat(AsUser.call("checking.editor", Role.DIRECTORY_EDITOR, () -> editing.stale("SE")))
			.extracting(DirectoryEntry::key)
			.contains(key);
		assertThatThrownBy(() -> AsUser.run("checking.editor", Role.DIRECTORY_EDITOR, () -> editing.markVerified(key, "not a url")))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void publishingNewFactsClearsTheOldVerification() {
		String key = published("Checked Agency");
		AsUser.run("checking.editor", Role.DIRECTORY_EDITOR, () -> editing.markVerified(key, "https://www.example.org/register"));
		DirectoryEntry working = AsUser.call("author.editor", Role.DIRECTORY_EDITOR, () -> editing.working(key).orElseThrow());
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> {
			editing.saveDraft(key, working.revision(), agency(key, "Renamed Checked Agency"));
			editing.submitForReview(key);
		});
		AsUser.run("second.editor", Role.DIRECTORY_EDITOR, () -> editing.publish(key));
		assertThat(directory.entry(key).orElseThrow().verified()).isFalse();
	}

	@Test
	void refusesAnInvalidEntryWithEveryProblemNamed() {
		EntryDocument bad = new EntryDocument("Agency Without Prefix", EntryType.AGENCY, null, "SWEDEN", "SOMEWHERE",
				EditorialStatus.DRAFT, null, List.of(new EntryDocument.Source("not-a-url", null)),
				Map.of("website", "ftp://example.org"), Map.of("en", Map.of()));
		var error = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
				() -> AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> editing.create(bad)));
		assertThat(error.problems()).extracting(InvalidInputException.FieldProblem::field)
			.contains("key", "country", "scope", "sources[0].url", "attributes.agencyTypes", "attributes.website",
					"translations.en.name");
	}

	@Test
	void onlyDirectoryEditorsEdit() {
		assertThatThrownBy(() -> AsUser.run("caseworker.x", Role.CASEWORKER,
				() -> editing.create(agency("agency:se:refused", "Refused Agency"))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> AsAdmin.run(() -> editing.inProgress())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void everyChangeIsAudited() {
		String key = published("Audited Agency");
		var entries = AsAdmin.call(() -> audit.find(new AuditQuery("second.editor", "DIRECTORY_ENTRY_PUBLISHED", null, null, null), 0, 50));
		assertThat(entries.entries()).anySatisfy(entry -> assertThat(entry.details()).contains(key));
		var created = AsAdmin.call(() -> audit.find(new AuditQuery("author.editor", "DIRECTORY_ENTRY_CREATED", null, null, null), 0, 50));
		assertThat(created.entries()).anySatisfy(entry -> assertThat(entry.details()).isEqualTo(key));
	}

	private String published(String name) {
		String key = "agency:se:test-" + COUNTER.incrementAndGet();
		AsUser.run("author.editor", Role.DIRECTORY_EDITOR, () -> {
			editing.create(agency(key, name));
			editing.submitForReview(key);
		});
		AsUser.run("second.editor", Role.DIRECTORY_EDITOR, () -> editing.publish(key));
		return key;
	}

	static EntryDocument agency(String key, String name) {
		return new EntryDocument(key, EntryType.AGENCY, null, "SE", "NATIONAL", EditorialStatus.DRAFT, null,
				List.of(new EntryDocument.Source("https://www.example.org/synthetic", "synthetic test agency")),
				Map.of("agencyTypes", List.of("CHILD_WELFARE"), "website", "https://www.example.org"),
				Map.of("en", Map.of("name", name, "mandate", "A synthetic agency created by a test.")));
	}

}
