package org.protect.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;

/**
 * The synthetic names of demo children: common given and family names per origin and script
 * ({@code cases/demo-names.txt}), combined at random, so that no child is anyone real.
 */
final class DemoNames {

	static final String RESOURCE = "cases/demo-names.txt";

	/** A name as written, and its common Latin spelling (the same when it is written in Latin letters). */
	record Name(String written, String latin) {
	}

	/** A child's name: in which script it is written, given and family. */
	record ChildName(String script, Name given, Name family) {

		boolean latin() {
			return "latn".equals(script);
		}

	}

	private final Map<String, List<Name>> lists;

	private DemoNames(Map<String, List<Name>> lists) {
		this.lists = lists;
	}

	static DemoNames load() {
		Map<String, List<Name>> lists = new LinkedHashMap<>();
		try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(";", 4);
				List<Name> names = new ArrayList<>();
				for (String entry : fields[3].split(",")) {
					String[] spellings = entry.strip().split("/", 2);
					names.add(new Name(spellings[0].strip(), spellings.length > 1 ? spellings[1].strip() : spellings[0].strip()));
				}
				lists.put(key(fields[0], fields[1], fields[2]), List.copyOf(names));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DemoNames(lists);
	}

	/** The scripts names of this origin are written in, Latin first. */
	List<String> scripts(String origin) {
		return List.of("latn", "cyrl", "arab").stream().filter(script -> lists.containsKey(key(origin, script, "family"))).toList();
	}

	/** A random combination of a given name (of the sex; any for X and U) and a family name. */
	ChildName pick(Random random, String origin, String script, String sex) {
		String field = "F".equals(sex) || "M".equals(sex) ? sex : (random.nextBoolean() ? "F" : "M");
		List<Name> given = lists.get(key(origin, script, field));
		List<Name> family = lists.get(key(origin, script, "family"));
		if (given == null || family == null) {
			throw new IllegalArgumentException("no demo names for " + origin + " in " + script);
		}
		return new ChildName(script, given.get(random.nextInt(given.size())), family.get(random.nextInt(family.size())));
	}

	private static String key(String origin, String script, String field) {
		return origin + ";" + script + ";" + field;
	}

}
