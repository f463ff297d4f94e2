package org.protect.directory.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.protect.ProtectApplication;
import org.protect.directory.EditorialStatus;
import org.protect.directory.EntryDocument;
import org.protect.directory.EntryType;
import org.protect.directory.SearchQuery;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search latency on a large directory: loads 50,000 synthetic entries (besides the reference content)
 * into a fresh embedded PostgreSQL, then runs a fixed query mix many times and prints latency
 * percentiles. Not a test: run it with {@code scripts/bench-directory-search}.
 */
public final class DirectorySearchBenchmark {

	private static final String[] WORDS = { "child", "children", "protection", "guardian", "guardianship",
			"authority", "border", "return", "placement", "care", "family", "assessment", "trafficking", "victim",
			"asylum", "migration", "social", "services", "court", "consent", "report", "cooperation", "central",
			"welfare", "unaccompanied", "separated", "reintegration", "follow-up", "shelter", "interpreter",
			"identification", "age", "hearing", "views", "best", "interests", "determination", "plan", "transfer",
			"hand-over", "municipality", "region", "office", "helpline", "referral", "exploitation", "labour",
			"begging", "criminal", "coercion", "recovery", "education", "health", "housing", "tracing" };

	private static final String[] SITUATIONS = { "unaccompanied-child-identified", "suspected-trafficking-victim",
			"return-to-country-of-origin", "placement-abroad", "child-in-serious-danger-moved", "social-report-abroad" };

	private static final String[] COUNTRIES = { "SE", "LV", "LT", "EE", "FI", "DK", "DE", "PL", "NO", "IS", "NL", "AL",
			"MA", "XK" };

	/** The query mix: plain words, phrases, misspellings, other languages and filters. */
	private static final List<SearchQuery> MIX = List.of(q("guardianship", null, null, "en"),
			q("gardianship", null, null, "en"), q("Brussels IIb", null, null, "en"), q("Brusels IIb", null, null, "en"),
			q("placement abroad consent", null, null, "en"), q("trafficking victim", "LV", null, "en"),
			q("central authority", "SE", EntryType.AGENCY, "en"), q("best interests", null, null, "en"),
			q("unaccompanied child", null, EntryType.PROCEDURE, "en"), q("return directive", null, null, "en"),
			q("Lettland", null, null, "sv"), q("Haag", null, null, "sv"), q("Latvija", null, null, "lv"),
			q("bāriņtiesa", null, null, "lv"), q("vaiko teisių apsaugos", null, null, "lt"),
			q("helpline region", "DE", null, "en"), q("social services municipality", null, null, "en"),
			q("age assessment hearing", null, null, "en"), q("reintegration education health", null, null, "en"),
			q("exploitation labour begging", "PL", null, "en"));

	private DirectorySearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int entries = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		Path data = Files.createTempDirectory("protect-bench-search");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ProtectApplication.class)
			.web(WebApplicationType.NONE)
			.run("--protect.data-dir=" + data, "--protect.demo.enabled=false", "--logging.level.root=WARN")) {
			load(context, entries);
			DirectorySearch search = context.getBean(DirectorySearch.class);
			for (int warm = 0; warm < 3; warm++) {
				MIX.forEach(search::search);
			}
			List<Long> nanos = new ArrayList<>();
			Map<String, long[]> perQuery = new LinkedHashMap<>();
			for (int round = 0; round < rounds; round++) {
				for (SearchQuery query : MIX) {
					long start = System.nanoTime();
					search.search(query);
					long took = System.nanoTime() - start;
					nanos.add(took);
					perQuery.computeIfAbsent(label(query), k -> new long[2])[0] += took;
					perQuery.get(label(query))[1]++;
				}
			}
			long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("%nDirectory search over %,d synthetic + reference entries, %d queries x %d rounds%n",
					entries, MIX.size(), rounds);
			perQuery.forEach((label, sum) -> System.out.printf("  %-48s mean %6.1f ms%n", label, sum[0] / 1e6 / sum[1]));
			System.out.printf("search latency: p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms (n=%d)%n",
					percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6,
					sorted.length);
		}
	}

	private static void load(ConfigurableApplicationContext context, int count) {
		EntryRepository repository = context.getBean(EntryRepository.class);
		SearchIndexing indexing = context.getBean(SearchIndexing.class);
		TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
		Random random = new Random(20261128);
		long start = System.nanoTime();
		int batch = 1000;
		for (int from = 0; from < count; from += batch) {
			int first = from;
			transaction.executeWithoutResult(tx -> {
				List<String> keys = new ArrayList<>();
				for (int i = first; i < Math.min(count, first + batch); i++) {
					EntryDocument document = synthetic(i, random);
					repository.insert(document, null, EditorialStatus.PUBLISHED, "benchmark", Instant.now(), null);
					keys.add(document.key());
				}
				indexing.reindex(keys);
			});
		}
		System.out.printf("loaded and indexed %,d entries in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
	}

	private static EntryDocument synthetic(int i, Random random) {
		String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
		// Mostly agencies, as in a real directory; procedures are fewer.
		boolean agency = random.nextInt(10) < 8;
		String name = "Synthetic " + words(random, 3) + " " + i;
		String text = words(random, 40);
		if (agency) {
			return new EntryDocument("agency:bench:" + i, EntryType.AGENCY, null, country, "NATIONAL", null, null,
					List.of(new EntryDocument.Source("https://www.example.org/" + i, "synthetic")),
					Map.of("agencyTypes", List.of("CHILD_WELFARE")), Map.of("en", Map.of("name", name, "mandate", text)));
		}
		return new EntryDocument("procedure:bench:" + i, EntryType.PROCEDURE, null, country, "NATIONAL", null, null,
				List.of(), Map.of("situation", SITUATIONS[random.nextInt(SITUATIONS.length)]),
				Map.of("en", Map.of("title", name, "summary", text)));
	}

	/**
	 * Text as a real directory has it: a long tail of words (made-up ones here, Zipf-distributed over a
	 * vocabulary of 5,000) with the domain's words among them, one word in forty (so that each domain
	 * word is in about 2% of the entries, a common word in a real directory).
	 */
	private static String words(Random random, int n) {
		String[] chosen = new String[n];
		for (int i = 0; i < n; i++) {
			chosen[i] = random.nextInt(40) == 0 ? WORDS[random.nextInt(WORDS.length)] : VOCABULARY[zipf(random)];
		}
		return String.join(" ", Arrays.asList(chosen));
	}

	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "pri", "stan", "dor",
			"gel", "min", "tar", "vel", "ko", "bra", "lin", "sen", "tu" };

	private static final String[] VOCABULARY = vocabulary(5_000);

	private static final double[] ZIPF = zipfTable(VOCABULARY.length);

	private static String[] vocabulary(int size) {
		Random random = new Random(7);
		String[] words = new String[size];
		for (int i = 0; i < size; i++) {
			StringBuilder word = new StringBuilder();
			for (int s = 0; s < 2 + random.nextInt(3); s++) {
				word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
			}
			words[i] = word.toString();
		}
		return words;
	}

	private static double[] zipfTable(int size) {
		double[] cumulative = new double[size];
		double sum = 0;
		for (int i = 0; i < size; i++) {
			sum += 1.0 / (i + 1);
			cumulative[i] = sum;
		}
		for (int i = 0; i < size; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	private static int zipf(Random random) {
		int index = Arrays.binarySearch(ZIPF, random.nextDouble());
		return Math.min(VOCABULARY.length - 1, index < 0 ? -index - 1 : index);
	}

	private static SearchQuery q(String text, String country, EntryType type, String language) {
		return new SearchQuery(text, country, type, language, null, 0);
	}

	private static String label(SearchQuery query) {
		return "\"" + query.text() + "\" " + query.language() + (query.country() == null ? "" : " " + query.country())
				+ (query.type() == null ? "" : " " + query.type());
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
