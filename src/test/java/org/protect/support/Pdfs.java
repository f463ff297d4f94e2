package org.protect.support;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/** Reading back what a tagged PDF says about itself. */
public final class Pdfs {

	private Pdfs() {
	}

	/** The alternative texts of the figures in the document's structure tree, in order; none if it is untagged. */
	public static List<String> figures(PDDocument document) {
		PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
		return root == null ? List.of() : figures(root.getKids());
	}

	private static List<String> figures(List<Object> kids) {
		List<String> figures = new ArrayList<>();
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				if ("Figure".equals(element.getStructureType())) {
					figures.add(element.getAlternateDescription());
				}
				figures.addAll(figures(element.getKids()));
			}
		}
		return figures;
	}

}
