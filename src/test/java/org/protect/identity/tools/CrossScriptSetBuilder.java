package org.protect.identity.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds the cross-script test sets from FEBRL4 and name lists (run by
 * {@code scripts/build-name-dictionaries}). Each FEBRL person gets a name drawn from held-out
 * lists (NETransliteration's Russian test slice and Google's Arabic-English test split, neither
 * read by the dictionary builder; NETransliteration's Arabic slice was left out because many of
 * its pairs are different names, such as فؤاد with "nemat"): the
 * left record carries it in Cyrillic or Arabic script, the right record in a romanisation from
 * the list (or, for a third of the Cyrillic names, the passport system), sometimes with a typo
 * or the name parts swapped. Birth years are moved into 2000-2019 so that the people are
 * children and share years more often; the right record's date is then made uncertain (year
 * only, an age estimated at a registration date, day and month swapped, or a range). FEBRL's own
 * corruptions of dates and addresses stay. Two variants: with the FEBRL addresses, and with
 * names and birth dates only.
 */
public final class CrossScriptSetBuilder {

	private static final String HEADER = "rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,state,date_of_birth";

	private final Random random;

	private final List<String[]> cyrillic = new ArrayList<>();

	private final List<String[]> arabic = new ArrayList<>();

	private CrossScriptSetBuilder(long seed) {
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2 && args.length != 5) {
			System.err.println("usage: CrossScriptSetBuilder <shared linkage folder> <output folder>"
					+ " [<originals csv> <duplicates csv> <seed>]");
			System.exit(2);
		}
		Path data = Path.of(args[0]);
		Path out = Path.of(args[1]);
		Files.createDirectories(out);
		// The committed test sets come from FEBRL4 with the default seed; other FEBRL files and
		// seeds make development sets, so that the matcher is not tuned on the test sets.
		Path originals = args.length == 5 ? Path.of(args[2]) : data.resolve("dataset4a.csv");
		Path duplicates = args.length == 5 ? Path.of(args[3]) : data.resolve("dataset4b.csv");
		CrossScriptSetBuilder builder = new CrossScriptSetBuilder(args.length == 5 ? Long.parseLong(args[4]) : 20261128L);
		Path names = data.resolve("names-multiscript");
		builder.readNetranslit(names.resolve("netranslit-wd_russian_20.tsv"), builder.cyrillic);
		builder.readGoogle(names.resolve("google-ar2en-test.txt"));
		builder.build(read(originals), read(duplicates), out);
		for (String licence : List.of("LICENSE-FEBRL-ANUOS-1.3.txt", "names-multiscript/LICENSE-google-transliteration.txt",
				"names-multiscript/LICENSE-netranslit-data-CC0.txt")) {
			Path source = data.resolve(licence);
			Files.copy(source, out.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void build(List<String[]> originals, List<String[]> duplicates, Path out) throws IOException {
		Map<String, String[]> duplicateByEntity = new HashMap<>();
		for (String[] row : duplicates) {
			duplicateByEntity.put(entity(row[0]), row);
		}
		List<String> leftRows = new ArrayList<>();
		List<String> rightRows = new ArrayList<>();
		for (String[] original : originals) {
			String[] duplicate = duplicateByEntity.get(entity(original[0]));
			String[] givenName = random.nextDouble() < 0.6 ? draw(cyrillic) : draw(arabic);
			String[] surname = givenName[2].equals("cyrillic") ? draw(cyrillic) : draw(arabic);
			String[] left = original.clone();
			String[] right = duplicate.clone();
			left[1] = givenName[0];
			left[2] = surname[0];
			right[1] = duplicate[1].isEmpty() ? "" : romanised(givenName);
			right[2] = duplicate[2].isEmpty() ? "" : romanised(surname);
			if (random.nextDouble() < 0.05) {
				String swap = right[1];
				right[1] = right[2];
				right[2] = swap;
			}
			left[9] = childhood(original[9]);
			right[9] = uncertain(childhood(duplicate[9]));
			leftRows.add(String.join(",", List.of(left).subList(0, 10)));
			rightRows.add(String.join(",", List.of(right).subList(0, 10)));
		}
		write(out.resolve("with-addresses-left.csv"), leftRows, false);
		write(out.resolve("with-addresses-right.csv"), rightRows, false);
		write(out.resolve("names-dates-left.csv"), leftRows, true);
		write(out.resolve("names-dates-right.csv"), rightRows, true);
	}

	private String[] draw(List<String[]> pool) {
		return pool.get(random.nextInt(pool.size()));
	}

	private String romanised(String[] name) {
		String latin = name[1];
		if (name[2].equals("cyrillic") && random.nextDouble() < 0.33) {
			List<String> forms = new ArrayList<>(Romanisations.ofCyrillic(name[0]));
			latin = forms.get(random.nextInt(forms.size()));
		}
		if (random.nextDouble() < 0.10 && latin.length() > 3) {
			int at = 1 + random.nextInt(latin.length() - 2);
			latin = latin.substring(0, at) + (char) ('a' + random.nextInt(26)) + latin.substring(at + 1);
		}
		return capitalise(latin);
	}

	// FEBRL birth years span the twentieth century; children on the move were born this century.
	private static String childhood(String date) {
		if (date.length() < 4 || !date.chars().allMatch(Character::isDigit)) {
			return date;
		}
		int year = Integer.parseInt(date.substring(0, 4));
		return (2000 + Math.floorMod(year, 20)) + date.substring(4);
	}

	private String uncertain(String date) {
		if (date.length() != 8) {
			return date;
		}
		LocalDate day;
		try {
			day = LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
					Integer.parseInt(date.substring(6, 8)));
		}
		catch (RuntimeException corrupted) {
			return date;
		}
		double roll = random.nextDouble();
		if (roll < 0.45) {
			return date;
		}
		if (roll < 0.65) {
			return date.substring(0, 4);
		}
		if (roll < 0.85) {
			LocalDate registered = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1460));
			int age = registered.getYear() - day.getYear() - (registered.getDayOfYear() < day.getDayOfYear() ? 1 : 0);
			int error = random.nextInt(3) - 1;
			return "~" + Math.max(0, age + error) + "@" + registered.toString().replace("-", "");
		}
		if (roll < 0.95 && day.getDayOfMonth() <= 12 && day.getDayOfMonth() != day.getMonthValue()) {
			return date.substring(0, 4) + date.substring(6, 8) + date.substring(4, 6);
		}
		int from = day.getYear() - random.nextInt(2);
		return from + ".." + (from + 2);
	}

	private void readNetranslit(Path file, List<String[]> pool) throws IOException {
		String script = "cyrillic";
		Set<String> seen = new LinkedHashSet<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			if (fields.length < 2) {
				continue;
			}
			String nativeName = fields[1].replace(" ", "");
			String latin = fields[0].strip();
			if (usable(nativeName, latin) && seen.add(nativeName)) {
				pool.add(new String[] { nativeName, latin, script });
			}
		}
	}

	private void readGoogle(Path file) throws IOException {
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			if (fields.length >= 2 && usable(fields[0], fields[1])) {
				arabic.add(new String[] { fields[0], fields[1].strip(), "arabic" });
			}
		}
	}

	private static boolean usable(String nativeName, String latin) {
		return nativeName.length() >= 3 && latin.length() >= 3 && latin.chars().allMatch(c -> c >= 'a' && c <= 'z');
	}

	private static String capitalise(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String entity(String id) {
		if (id.chars().allMatch(Character::isDigit)) {
			return Long.toString(Long.parseLong(id) / 10);
		}
		return id.replaceAll("rec-(\\d+)-.*", "$1");
	}

	private static List<String[]> read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String[]> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			for (int i = 0; i < fields.length; i++) {
				fields[i] = fields[i].strip();
			}
			rows.add(fields);
		}
		return rows;
	}

	private static void write(Path file, List<String> rows, boolean namesAndDatesOnly) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(namesAndDatesOnly ? "rec_id,given_name,surname,date_of_birth" : HEADER);
		for (String row : rows) {
			if (namesAndDatesOnly) {
				String[] f = row.split(",", -1);
				lines.add(String.join(",", f[0], f[1], f[2], f[9]));
			}
			else {
				lines.add(row);
			}
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

}
