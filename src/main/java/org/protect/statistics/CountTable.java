package org.protect.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A table of counts after small-cell suppression: rows and columns named by codes (a country, an age band,
 * a request type), each cell a {@link Count}, with the totals the table publishes. A one-way table has one
 * column and only its column total.
 *
 * @param rowDimension what the rows are
 * @param columnDimension what the columns are
 * @param rows the rows' codes
 * @param columns the columns' codes
 * @param cells the counts, by row then column
 * @param rowTotals each row's total, or {@code null} when the table has none
 * @param columnTotals each column's total, or {@code null} when the table has none
 * @param total the grand total when the table has both row and column totals, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountTable(Dimension rowDimension, Dimension columnDimension, List<String> rows, List<String> columns,
		List<List<Count>> cells, List<Count> rowTotals, List<Count> columnTotals, Count total) {

	public CountTable {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		cells = cells.stream().map(List::copyOf).toList();
		rowTotals = rowTotals == null ? null : List.copyOf(rowTotals);
		columnTotals = columnTotals == null ? null : List.copyOf(columnTotals);
	}

	/** The count at a row and column, by their codes; {@code null} when there is no such row or column. */
	public Count cell(String row, String column) {
		int i = rows.indexOf(row);
		int j = columns.indexOf(column);
		return i < 0 || j < 0 ? null : cells.get(i).get(j);
	}

	/** The whole table is withheld (it stands for fewer than 5). */
	public boolean withheld() {
		Count all = total != null ? total : columnTotals != null && columnTotals.size() == 1 ? columnTotals.get(0) : null;
		return all != null && all.withheld() == Count.Withheld.WITHHELD;
	}

}
