package org.protect.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard's tables as files: CSV (every table in turn, each under its title, with a blank line between)
 * and XLSX (one sheet per table, numbers as numbers). Both hold exactly the page's tables, suppressed the same
 * way: a withheld figure is "&lt;5" or "x", never its value.
 */
final class StatisticsExports {

	static final String CSV = "text/csv";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private StatisticsExports() {
	}

	/**
	 * RFC 4180 CSV in UTF-8 with a byte-order mark, so that spreadsheet programs read Latvian and Lithuanian
	 * letters right.
	 *
	 * @param heading the lines above the tables: what the figures are and how they are suppressed
	 */
	static byte[] csv(List<String> heading, List<StatisticsTables.View> tables, String withheldNote) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (String line : heading) {
			csv.append(field(line)).append("\r\n");
		}
		for (StatisticsTables.View table : tables) {
			csv.append("\r\n").append(field(table.title())).append("\r\n");
			if (table.withheld()) {
				csv.append(field(withheldNote)).append("\r\n");
				continue;
			}
			csv.append(String.join(",", table.headers().stream().map(StatisticsExports::field).toList())).append("\r\n");
			for (StatisticsTables.Row row : rows(table)) {
				List<String> fields = new ArrayList<>();
				fields.add(field(row.label()));
				row.cells().forEach(cell -> fields.add(field(cell.number() != null ? String.valueOf(cell.number()) : cell.text())));
				csv.append(String.join(",", fields)).append("\r\n");
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<String> heading, List<StatisticsTables.View> tables, String aboutSheet, String withheldNote) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Set<String> names = new HashSet<>();
			Sheet about = workbook.createSheet(sheetName(aboutSheet, names));
			for (int i = 0; i < heading.size(); i++) {
				about.createRow(i).createCell(0).setCellValue(heading.get(i));
			}
			about.setColumnWidth(0, 120 * 256);
			for (StatisticsTables.View table : tables) {
				Sheet sheet = workbook.createSheet(sheetName(table.title(), names));
				Row title = sheet.createRow(0);
				title.createCell(0).setCellValue(table.title());
				title.getCell(0).setCellStyle(bold);
				if (table.withheld()) {
					sheet.createRow(1).createCell(0).setCellValue(withheldNote);
					continue;
				}
				Row header = sheet.createRow(1);
				for (int j = 0; j < table.headers().size(); j++) {
					header.createCell(j).setCellValue(table.headers().get(j));
					header.getCell(j).setCellStyle(bold);
				}
				int r = 2;
				for (StatisticsTables.Row row : rows(table)) {
					Row line = sheet.createRow(r++);
					line.createCell(0).setCellValue(row.label());
					for (int j = 0; j < row.cells().size(); j++) {
						StatisticsTables.Cell cell = row.cells().get(j);
						if (cell.number() != null) {
							line.createCell(j + 1).setCellValue(cell.number());
						}
						else {
							line.createCell(j + 1).setCellValue(cell.text());
						}
					}
				}
				sheet.setColumnWidth(0, 40 * 256);
				for (int j = 1; j < table.headers().size(); j++) {
					sheet.setColumnWidth(j, 18 * 256);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<StatisticsTables.Row> rows(StatisticsTables.View table) {
		List<StatisticsTables.Row> rows = new ArrayList<>(table.rows());
		if (table.totals() != null) {
			rows.add(table.totals());
		}
		return rows;
	}

	/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, and unique. */
	private static String sheetName(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title);
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " " + n;
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	/**
	 * A CSV field, quoted when it must be; a text starting with a formula character gets an apostrophe, so
	 * that no spreadsheet runs it (labels come from our bundles, but a country name could start with one).
	 */
	static String field(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
