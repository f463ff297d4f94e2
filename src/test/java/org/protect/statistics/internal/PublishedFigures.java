package org.protect.statistics.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.protect.statistics.Count;
import org.protect.statistics.CountTable;
import org.protect.statistics.Dashboard;
import org.protect.statistics.Indicator;
import org.protect.statistics.Timing;

/**
 * Every count an answer publishes as a number, by a name that is the same in every answer that has it
 * ({@code children.bySex.F.CHILDREN}, {@code requests.total}): what a reader sets against another answer. The
 * quartiles are days, not counts, and are left out.
 */
final class PublishedFigures {

	private PublishedFigures() {
	}

	static Map<String, Integer> of(Dashboard dashboard) {
		Map<String, Integer> figures = new LinkedHashMap<>();
		var children = dashboard.children();
		put(figures, "children.total", children.total());
		table(figures, "children.byCountryOfOrigin", children.byCountryOfOrigin());
		table(figures, "children.byAgeBand", children.byAgeBand());
		table(figures, "children.bySex", children.bySex());
		table(figures, "children.byScreening", children.byScreening());
		table(figures, "children.byExploitationType", children.byExploitationType());
		if (dashboard.timeFromIdentification() != null) {
			for (Timing timing : dashboard.timeFromIdentification()) {
				put(figures, "time." + timing.measure() + ".reached", timing.reached());
			}
		}
		if (dashboard.failureModes() != null) {
			for (Indicator indicator : dashboard.failureModes()) {
				put(figures, "failureModes." + indicator.code() + ".count", indicator.count());
				put(figures, "failureModes." + indicator.code() + ".outOf", indicator.outOf());
			}
		}
		var requests = dashboard.requests();
		if (requests != null) {
			put(figures, "requests.total", requests.total());
			table(figures, "requests.byTypeAndCountryPair", requests.byTypeAndCountryPair());
			table(figures, "requests.deadlines", requests.deadlines());
		}
		return figures;
	}

	private static void table(Map<String, Integer> figures, String name, CountTable table) {
		if (table == null) {
			return;
		}
		List<String> rows = table.rows();
		List<String> columns = table.columns();
		for (int i = 0; i < rows.size(); i++) {
			for (int j = 0; j < columns.size(); j++) {
				put(figures, name + "." + rows.get(i) + "." + columns.get(j), table.cells().get(i).get(j));
			}
			if (table.rowTotals() != null) {
				put(figures, name + "." + rows.get(i) + ".total", table.rowTotals().get(i));
			}
		}
		if (table.columnTotals() != null) {
			for (int j = 0; j < columns.size(); j++) {
				put(figures, name + ".total." + columns.get(j), table.columnTotals().get(j));
			}
		}
		put(figures, name + ".total", table.total());
	}

	private static void put(Map<String, Integer> figures, String name, Count count) {
		if (count != null && count.published()) {
			figures.put(name, count.value());
		}
	}

}
