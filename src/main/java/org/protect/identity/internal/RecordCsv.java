package org.protect.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.protect.identity.Address;
import org.protect.identity.BirthDate;
import org.protect.identity.PersonRecord;

/**
 * Reads person records from a CSV file with a header in the FEBRL layout ({@code rec_id,
 * given_name, surname, street_number, address_1, address_2, suburb, postcode, state,
 * date_of_birth}, optional {@code sex} and {@code nationality}). Every value is read as text
 * and trimmed. Identifier columns such as {@code soc_sec_id} are never read: a matcher that used
 * them would be measured on the answer, not on names and dates.
 */
public final class RecordCsv {

	private RecordCsv() {
	}

	public static List<PersonRecord> read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			throw new IOException(file + " is empty");
		}
		List<String> header = split(stripBom(lines.get(0)));
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).toLowerCase(Locale.ROOT), i);
		}
		if (!columns.containsKey("rec_id")) {
			throw new IOException(file + " has no rec_id column in its header");
		}
		List<PersonRecord> records = new ArrayList<>(lines.size());
		for (int n = 1; n < lines.size(); n++) {
			String line = lines.get(n);
			if (line.isBlank()) {
				continue;
			}
			List<String> values = split(line);
			Row row = new Row(values, columns);
			records.add(new PersonRecord(row.get("rec_id"), row.get("given_name"), row.get("surname"),
					BirthDate.parse(row.get("date_of_birth")), row.get("sex"), row.get("nationality"),
					new Address(row.get("street_number"), row.get("address_1"), row.get("address_2"),
							row.get("suburb"), row.get("postcode"), row.get("state"))));
		}
		return records;
	}

	private record Row(List<String> values, Map<String, Integer> columns) {

		String get(String column) {
			Integer index = columns.get(column);
			if (index == null || index >= values.size()) {
				return null;
			}
			String value = values.get(index);
			return value.isEmpty() ? null : value;
		}

	}

	static List<String> split(String line) {
		List<String> values = new ArrayList<>(16);
		StringBuilder value = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					value.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					value.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				values.add(value.toString().strip());
				value.setLength(0);
			}
			else {
				value.append(c);
			}
		}
		values.add(value.toString().strip());
		return values;
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

}
