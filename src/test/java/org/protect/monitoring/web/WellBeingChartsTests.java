package org.protect.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.protect.monitoring.Assessment;
import org.protect.monitoring.AssessmentBuilder;
import org.protect.monitoring.Condition;
import org.protect.monitoring.WellBeingScale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The charts are valid XML, accessible images (role img, named by their title, described by their
 * description) and draw exactly what the assessments hold: one bar per condition and situation, one line per
 * condition.
 */
class WellBeingChartsTests {

	private static final WellBeingScale SCALE = new WellBeingScale(List.of(level("1", 1), level("2", 2), level("3", 3),
			level("4", 4), level("5", 5)));

	private static WellBeingScale.Level level(String code, int score) {
		return new WellBeingScale.Level(code, score, "monitoring.scale.five." + code);
	}

	private static ChartLabels labels(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/monitoring");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ChartLabels(messages, locale, SCALE);
	}

	@Test
	void theProfileIsAnAccessibleImageWithOneBarPerCondition() throws Exception {
		Assessment assessment = AssessmentBuilder.anAssessment()
			.rated(Condition.EDUCATION, 2)
			.unknown(Condition.ADEQUATE_EXAMPLES_BY_PARENTS)
			.childSays(Condition.AFFECTIVE_ATMOSPHERE, 2)
			.build();
		Document svg = parse(ProfileChart.render("profile", assessment, labels(Locale.UK)));

		assertAccessible(svg, "profile");
		assertThat(text(svg, "title")).isEqualTo("Well-being profile: Current situation, 2026-03-01");
		assertThat(text(svg, "desc")).contains("family 4.0", "society 3.7", "up to 5", "Unknown: 1");
		List<Element> bars = withClass(svg, "rect", "bar");
		assertThat(bars).hasSize(14);
		assertThat(conditions(bars)).hasSize(14);
		assertThat(withClass(svg, "rect", "bar--unknown")).singleElement()
			.satisfies(bar -> assertThat(bar.getAttribute("data-condition")).isEqualTo("ADEQUATE_EXAMPLES_BY_PARENTS"));
		assertThat(withClass(svg, "path", "child-view")).hasSize(1);
		// Longer is better: the education bar (2 of 5) is half the length of a 4.
		double education = width(bars, "EDUCATION");
		double physical = width(bars, "ADEQUATE_PHYSICAL_CARE");
		assertThat(education * 2).isEqualTo(physical);
		assertThat(svg.getDocumentElement().getTextContent()).contains("11. Education", "2 Inadequate", "Unknown");
	}

	@Test
	void theChartsSpeakTheReadersLanguage() throws Exception {
		Document svg = parse(ProfileChart.render("p", AssessmentBuilder.anAssessment().build(), labels(Locale.forLanguageTag("lv"))));
		assertThat(svg.getDocumentElement().getTextContent()).contains("11. Izglītība", "4 Pietiekams", "Ģimene");
	}

	@Test
	void theComparisonHasABarPerConditionAndSituationAndNamesThemByLetterToo() throws Exception {
		List<Assessment> situations = List.of(AssessmentBuilder.anAssessment().build(),
				AssessmentBuilder.anAssessment().option("Return to the mother in Tirana").in("AL").rated(Condition.EDUCATION, 3).build(),
				AssessmentBuilder.anAssessment().option("Foster family here").unknown(Condition.RESPECT).build());
		Document svg = parse(ComparisonChart.render("comparison", situations, labels(Locale.UK)));

		assertAccessible(svg, "comparison");
		List<Element> bars = withClass(svg, "rect", "bar");
		assertThat(bars).hasSize(14 * 3);
		for (String letter : List.of("A", "B", "C")) {
			assertThat(bars.stream().filter(bar -> letter.equals(bar.getAttribute("data-situation")))).hasSize(14);
		}
		assertThat(svg.getDocumentElement().getTextContent()).contains("A – Current situation",
				"B – Return to the mother in Tirana (Albania, 2026-03-01)", "C Unknown");
		assertThat(text(svg, "desc")).contains("3 situations");
	}

	@Test
	void theTrendHasOneLinePerConditionThatAnUnknownRatingInterrupts() throws Exception {
		List<Assessment> points = List.of(AssessmentBuilder.anAssessment().on(LocalDate.of(2026, 1, 10)).build(),
				AssessmentBuilder.anAssessment().followUp(LocalDate.of(2026, 3, 1)).on(LocalDate.of(2026, 3, 3))
					.unknown(Condition.EDUCATION).build(),
				AssessmentBuilder.anAssessment().followUp(LocalDate.of(2026, 5, 1)).on(LocalDate.of(2026, 5, 2))
					.rated(Condition.EDUCATION, 5).build());
		Document svg = parse(TrendChart.render("trend", points, labels(Locale.UK)));

		assertAccessible(svg, "trend");
		List<Element> lines = withClass(svg, "path", "trend-line");
		assertThat(lines).hasSize(14);
		assertThat(conditions(lines)).hasSize(14);
		String education = lines.stream()
			.filter(line -> "EDUCATION".equals(line.getAttribute("data-condition")))
			.findFirst()
			.orElseThrow()
			.getAttribute("d");
		assertThat(education.chars().filter(c -> c == 'M')).hasSize(2);
		assertThat(education).doesNotContain("L");
		String physical = lines.get(0).getAttribute("d");
		assertThat(physical.chars().filter(c -> c == 'M')).hasSize(1);
		assertThat(physical.chars().filter(c -> c == 'L')).hasSize(2);
		assertThat(withClass(svg, "circle", "point--unknown")).hasSize(1);
		assertThat(text(svg, "desc")).contains("3 assessments from 2026-01-10 to 2026-05-02");
	}

	@Test
	void textFromPeopleCannotBreakTheDocument() throws Exception {
		Assessment assessment = AssessmentBuilder.anAssessment()
			.option("<script>alert(1)</script> & \"Mother's\" \u0001home")
			.build();
		String svg = ComparisonChart.render("c\"x", List.of(assessment), labels(Locale.UK));
		Document document = parse(svg);
		assertThat(svg).doesNotContain("<script>");
		assertThat(document.getDocumentElement().getTextContent()).contains("<script>alert(1)</script> & \"Mother's\" home");
	}

	@Test
	void oneSituationOrOneAssessmentIsSaidInTheSingular() throws Exception {
		Document comparison = parse(ComparisonChart.render("c", List.of(AssessmentBuilder.anAssessment().build()),
				labels(Locale.UK)));
		assertThat(text(comparison, "desc")).startsWith("The 14 conditions rated for one situation, a bar for each");
		Document trend = parse(TrendChart.render("t", List.of(AssessmentBuilder.anAssessment().build()),
				labels(Locale.forLanguageTag("sv"))));
		assertThat(text(trend, "desc")).contains("vid en bedömning från");
	}

	@Test
	void aPrintedChartCarriesItsTitleAndDescriptionAsAlternativeText() throws Exception {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/monitoring");
		messages.setDefaultEncoding("UTF-8");
		ChartLabels printed = new ChartLabels(messages, Locale.UK, SCALE, true);
		Element root = parse(ComparisonChart.render("c", List.of(AssessmentBuilder.anAssessment().build()), printed))
			.getDocumentElement();
		assertThat(root.getAttribute("alt")).startsWith("The situations side by side. The 14 conditions rated for one");
		assertThat(parse(ComparisonChart.render("c", List.of(AssessmentBuilder.anAssessment().build()),
				labels(Locale.UK))).getDocumentElement().hasAttribute("alt")).isFalse();
	}

	@Test
	void anEmptyTrendStillSaysSo() throws Exception {
		Document svg = parse(TrendChart.render("t", List.of(), labels(Locale.UK)));
		assertThat(text(svg, "desc")).isEqualTo("No assessment yet.");
		assertThat(withClass(svg, "path", "trend-line")).hasSize(14);
	}

	private static void assertAccessible(Document svg, String id) {
		Element root = svg.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
		Element title = (Element) root.getElementsByTagName("title").item(0);
		Element desc = (Element) root.getElementsByTagName("desc").item(0);
		assertThat(title.getParentNode()).isSameAs(root);
		assertThat(title.getAttribute("id")).isEqualTo(id + "-title");
		assertThat(desc.getAttribute("id")).isEqualTo(id + "-desc");
		assertThat(title.getTextContent()).isNotBlank();
		assertThat(desc.getTextContent()).isNotBlank();
		assertThat(root.getAttribute("viewBox")).isNotBlank();
		// No inline style: the pages' Content-Security-Policy would drop it.
		assertThat(root.getElementsByTagName("style").getLength()).isZero();
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Document svg, String element) {
		return svg.getDocumentElement().getElementsByTagName(element).item(0).getTextContent();
	}

	private static List<Element> withClass(Document svg, String element, String cssClass) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName(element);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			if (List.of(node.getAttribute("class").split(" ")).contains(cssClass)) {
				found.add(node);
			}
		}
		return found;
	}

	private static Set<String> conditions(List<Element> elements) {
		Set<String> conditions = new HashSet<>();
		elements.forEach(element -> conditions.add(element.getAttribute("data-condition")));
		return conditions;
	}

	private static double width(List<Element> bars, String condition) {
		return Double.parseDouble(bars.stream()
			.filter(bar -> condition.equals(bar.getAttribute("data-condition")))
			.findFirst()
			.orElseThrow()
			.getAttribute("width"));
	}

}
