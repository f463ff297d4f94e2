package org.protect.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.protect.accounts.AccountManagement;
import org.protect.accounts.OrganisationType;
import org.protect.accounts.Role;
import org.protect.statistics.internal.StatisticsRefresh;
import org.protect.support.ApiUsers;
import org.protect.support.HttpTestClient;
import org.protect.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * One country's figures against all countries' figures: a reader who asks for both and subtracts, cell by cell,
 * must not learn a count from 1 to 4 about the other countries' children.
 */
class StatisticsCountryDifferencingIntegrationTests extends IntegrationTest {

	/** Far enough back that no other test's children are identified in it. */
	private static final LocalDate MAY_2013 = LocalDate.of(2013, 5, 3);

	/** A year of its own, so that the two tests' children do not mix. */
	private static final LocalDate JUNE_2014 = LocalDate.of(2014, 6, 3);

	private static final String PERIOD = "?period=2013";

	@Autowired
	AccountManagement accounts;

	@Autowired
	StatisticsRefresh refresh;

	private SyntheticChildren children;

	private HttpTestClient analyst;

	/** The same analyst in a browser, signed in with MFA. */
	private HttpTestClient browser;

	@BeforeEach
	void signIn() {
		children = new SyntheticChildren(client().withToken("caseworker.se", PASSWORD),
				client().withToken("supervisor.se", PASSWORD));
		UUID organisation = ApiUsers.organisation(accounts, OrganisationType.CENTRAL_AUTHORITY, null);
		browser = client();
		analyst = ApiUsers.signedIn(client(), browser, ApiUsers.create(accounts, organisation, Role.ANALYST), true);
	}

	@Test
	void oneCountrysFiguresSubtractedFromAllCountriesGiveNoCountUnderFiveAway() {
		// Born 1996: 16-17 at identification and 18 since (turned 18 during the procedure); born 1998: 14-15 and 18
		// since; born 2009: under 10 and not 18 yet.
		register(MAY_2013, "WF", 9, "M", 1996);
		register(MAY_2013, "WF", 6, "M", 1998);
		register(MAY_2013, "WF", 5, "F", 2009);
		register(MAY_2013, "PN", 1, "M", 1996);
		register(MAY_2013, "PN", 6, "F", 2009);
		register(MAY_2013, "NU", 2, "M", 1998);
		register(MAY_2013, "TK", 1, "M", 1996);
		refresh.refreshNow();
		// Suppressed on its own, each answer shows all of this: all countries 16-17 = 11 and Wallis and Futuna 9, so
		// the other countries hold 2; males 19 against 15; turned 18 during the procedure 19 against 15.

		JsonNode all = statistics(PERIOD);
		JsonNode one = statistics(PERIOD + "&country=WF");

		assertThat(all.get("children").get("total").asInt()).isEqualTo(30);
		assertThat(one.get("children").get("total").asInt()).as("the country's own figures are shown").isEqualTo(20);
		assertThat(derived(all, one)).as("counts under 5 of the other countries' children, worked out by subtraction")
			.isEmpty();
		for (String country : List.of("PN", "NU", "TK")) {
			assertThat(derived(all, statistics(PERIOD + "&country=" + country))).as(country).isEmpty();
		}
	}

	@Test
	void aCountryWhoseNumberIsWithheldForAllCountriesIsWithheldWhole() {
		// 2 and 1 children from two countries would add up to 3 (all minus the others); 6 from a third is withheld
		// beside them, and so is its own answer: its number, or its breakdown, would give the 3 away.
		register(JUNE_2014, "KM", 12, "F", 1996);
		register(JUNE_2014, "SC", 6, "M", 1998);
		register(JUNE_2014, "MU", 2, "F", 1998);
		register(JUNE_2014, "MV", 1, "M", 1996);
		refresh.refreshNow();

		JsonNode all = statistics("?period=2014");
		JsonNode seychelles = statistics("?period=2014&country=SC");

		JsonNode byCountry = all.get("children").get("byCountryOfOrigin");
		assertThat(byCountry.get("cells").get(index(byCountry.get("rows"), "SC")).get(0).get("reason").asString())
			.isEqualTo("COMPLEMENTARY");
		assertThat(seychelles.get("children").get("total").get("reason").asString()).isEqualTo("WITHHELD");
		assertThat(seychelles.get("children").get("byAgeBand").toString()).doesNotContain("SMALL_COUNT", "COMPLEMENTARY",
				":6", "[6]");
		assertThat(seychelles.get("failureModes").toString()).doesNotContain("SMALL_COUNT", "COMPLEMENTARY");
		assertThat(derived(all, seychelles)).isEmpty();
		assertThat(derived(all, statistics("?period=2014&country=KM"))).isEmpty();
		assertThat(browser.get("/statistics?period=2014&country=SC").body())
			.contains("Withheld for this country: fewer than 5 children, or figures that, set against those for all");
	}

	/** What a reader works out about the other countries by subtracting one country's answer from all countries'. */
	private static List<String> derived(JsonNode all, JsonNode one) {
		List<String> derived = new ArrayList<>();
		derived.addAll(differences("children.total", all.get("children").get("total"), one.get("children").get("total")));
		for (String table : List.of("byAgeBand", "bySex", "byScreening", "byExploitationType")) {
			derived.addAll(tableDifferences(table, all.get("children").get(table), one.get("children").get(table)));
		}
		for (int i = 0; i < all.get("failureModes").size(); i++) {
			JsonNode a = all.get("failureModes").get(i);
			JsonNode o = one.get("failureModes").get(i);
			derived.addAll(differences(a.get("code").asString(), a.get("count"), o.get("count")));
			derived.addAll(differences(a.get("code").asString() + ".outOf", a.get("outOf"), o.get("outOf")));
		}
		for (int i = 0; i < all.get("timeFromIdentification").size(); i++) {
			JsonNode a = all.get("timeFromIdentification").get(i);
			derived.addAll(differences(a.get("measure").asString() + ".reached", a.get("reached"),
					one.get("timeFromIdentification").get(i).get("reached")));
		}
		return derived;
	}

	private static int index(JsonNode array, String value) {
		for (int i = 0; i < array.size(); i++) {
			if (array.get(i).asString().equals(value)) {
				return i;
			}
		}
		throw new AssertionError(value + " not in " + array);
	}

	private void register(LocalDate day, String country, int howMany, String sex, int birthYear) {
		for (int i = 0; i < howMany; i++) {
			children.register(country, sex, birthYear, day.plusDays(i));
		}
	}

	private JsonNode statistics(String query) {
		HttpResponse<String> response = analyst.get("/api/v1/statistics" + query);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return HttpTestClient.json(response);
	}

	/**
	 * The cells and totals of a table in both answers, subtracted where the reader knows both: published, or the
	 * one withheld figure of a line whose total is published.
	 */
	private static List<String> tableDifferences(String name, JsonNode all, JsonNode one) {
		List<String> found = new ArrayList<>();
		List<Integer> allCells = column(all);
		List<Integer> oneCells = column(one);
		for (int i = 0; i < allCells.size(); i++) {
			found.addAll(differences(name + "." + all.get("rows").get(i).asString(), allCells.get(i), oneCells.get(i)));
		}
		if (all.has("columnTotals")) {
			found.addAll(differences(name + ".total", all.get("columnTotals").get(0), one.get("columnTotals").get(0)));
		}
		return found;
	}

	/** A one-way table's cells as the reader knows them: {@code null} where not known. */
	private static List<Integer> column(JsonNode table) {
		List<Integer> cells = new ArrayList<>();
		table.get("cells").forEach(row -> cells.add(row.get(0).isNumber() ? row.get(0).asInt() : null));
		JsonNode totals = table.get("columnTotals");
		long unknown = cells.stream().filter(cell -> cell == null).count();
		if (totals != null && totals.get(0).isNumber() && unknown == 1) {
			int rest = totals.get(0).asInt() - cells.stream().filter(cell -> cell != null).mapToInt(Integer::intValue).sum();
			cells.replaceAll(cell -> cell == null ? rest : cell);
		}
		return cells;
	}

	private static List<String> differences(String name, JsonNode all, JsonNode one) {
		return differences(name, all.isNumber() ? Integer.valueOf(all.asInt()) : null,
				one.isNumber() ? Integer.valueOf(one.asInt()) : null);
	}

	private static List<String> differences(String name, Integer all, Integer one) {
		if (all == null || one == null) {
			return List.of();
		}
		int others = all - one;
		return others >= 1 && others <= 4 ? List.of(name + ": " + all + " - " + one + " = " + others) : List.of();
	}

}
