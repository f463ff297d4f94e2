package org.protect.monitoring.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.protect.cases.CaseSummary;
import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.AssessmentSource;
import org.protect.monitoring.Condition;
import org.protect.monitoring.FollowUpStatus;
import org.protect.monitoring.RatingInput;
import org.protect.monitoring.RecordAssessmentCommand;
import org.protect.monitoring.WellBeingManagement;
import org.protect.monitoring.WellBeingScale;

/**
 * Writes one demo child's assessments through the service. Profiles are written on a 1-5 scale (0 is
 * "unknown") and put on the node's scale by their place on it, so a node configured with another scale still
 * gets a sensible demo.
 */
final class DemoAssessmentWriter {

	/** Where the demo children go back to, for the options' names. */
	private static final Map<String, String> HOME_TOWNS = Map.of("AL", "Shkodër", "MA", "Tangier", "XK", "Prizren");

	// Profiles in the order of Condition: seven family conditions, then seven society conditions.
	private static final int[] HERE_NOW = { 4, 4, 3, 3, 0, 3, 2, 4, 3, 2, 4, 3, 3, 2 };

	private static final int[] RETURN = { 4, 3, 5, 4, 3, 5, 4, 3, 3, 4, 3, 4, 3, 3 };

	private static final int[] FOSTER = { 4, 5, 4, 4, 4, 4, 3, 4, 4, 3, 4, 4, 4, 3 };

	private static final int[][] AFTER_RETURN = { { 4, 3, 4, 3, 3, 4, 3, 3, 3, 3, 2, 2, 3, 3 },
			{ 4, 4, 5, 4, 3, 5, 4, 3, 4, 4, 3, 3, 3, 4 }, { 5, 4, 5, 4, 4, 5, 5, 4, 4, 4, 4, 4, 4, 4 },
			{ 5, 5, 5, 4, 4, 5, 5, 4, 4, 4, 4, 4, 4, 5 } };

	private static final String[] HERE_TEXT = { "Meals, clothes, a health check and a bed of their own at the children's home.",
			"The home is staffed day and night; no incident since arrival.",
			"Staff are kind, but the child says nobody here is family and often asks about the mother.",
			"Clear daily routine at the home; the child keeps to it and asks for more free time.",
			"The parents are far away and were not seen; their example cannot be judged from here.",
			"The key worker and the guardian follow the child's school and ask about their days.",
			"The placement is an emergency one; the child does not know where they will live next.",
			"The town is calm; no sign of the travel arranger's contacts here.",
			"Heard with an interpreter at every meeting, though the wait for decisions feels long to the child.",
			"The guardian and a volunteer mentor; no relatives in the country.",
			"A preparatory class with language support, five days a week.",
			"A few friends at school; plays football with other boys from the home.",
			"Staff and teachers are good examples; some older residents skip school.",
			"The residence question is open and the child worries about it." };

	private static final String[] THERE_TEXT = { "The family's flat has room for the child; the mother keeps the household.",
			"The flat is safe; the father's drinking was a concern in the past and is now treated.",
			"The mother and the brothers are warm and eager to have the child back.",
			"The mother sets clear times and explains her rules; the uncle helps.",
			"The mother works and keeps away from the people who arranged the journey.",
			"The mother knows the child well and follows what they say on the phone.",
			"The child grew up with the mother and the brothers; going back keeps those bonds.",
			"The neighbourhood is poor; the travel arranger's family lives in the same town.",
			"The local school and the child protection unit take the child's views into account.",
			"Grandparents and an aunt nearby; the child protection unit has named a contact.",
			"A school place is promised; the child lost a year and needs catch-up lessons.",
			"Old friends from the neighbourhood, though some have left for abroad.",
			"Few good examples among young men in the area; a youth club is offered.",
			"The family has a lease for two years; the mother's income is irregular." };

	private static final String[] FOSTER_TEXT = { "The foster home is well kept; the child has a room of their own.",
			"The foster family is approved and supervised by the foster care service.",
			"The foster parents are experienced and calm; the child met them twice and liked them.",
			"Family routines and rules that the foster parents explain and adapt.",
			"The foster parents are steady examples, open about how they handle conflict.",
			"The foster parents ask about school and interests and keep in touch with the guardian.",
			"A long-term placement is offered until the child is of age.",
			"A quiet suburb with a short and safe way to school.",
			"The foster family and the school include the child in decisions about daily life.",
			"The foster family's relatives and neighbours, and the guardian.",
			"The local school has a place in a regular class with language support.",
			"Children of the same age in the street and at the sports club.",
			"Adults around the foster family are good examples; a mentor is available.",
			"The child could stay until adulthood, but the residence permit is still to be decided." };

	private final WellBeingManagement wellBeing;

	private final WellBeingScale scale;

	private final String nodeCountry;

	private final LocalDate today;

	DemoAssessmentWriter(WellBeingManagement wellBeing, WellBeingScale scale, String nodeCountry, LocalDate today) {
		this.wellBeing = wellBeing;
		this.scale = scale;
		this.nodeCountry = nodeCountry;
		this.today = today;
	}

	/** Writes the child's assessments; returns how many. */
	int write(CaseSummary child, boolean returned) {
		String origin = child.nationalityClaimed();
		String town = HOME_TOWNS.getOrDefault(origin, "the home town");
		long span = Math.max(1, ChronoUnit.DAYS.between(child.identifiedOn(), today));
		LocalDate assessed = day(child, span, 0.38);
		int count = 0;
		record(child, AssessedSituation.CURRENT, null, null, nodeCountry, assessed, HERE_NOW, HERE_TEXT,
				"Talks with the child and the staff of the children's home; the guardian's notes.",
				"I am safe here and I like my class, but I miss my mother. I want to know where I will live.");
		count++;
		if (!returned || "XK".equals(origin)) {
			record(child, AssessedSituation.OPTION, "Return to the family in " + town, null, origin,
					day(child, span, 0.4), RETURN, THERE_TEXT,
					"Family assessment by the receiving child protection unit; a video call with the mother.",
					"I want to go home if it is safe and I can go to school there.");
			record(child, AssessedSituation.OPTION, "Long-term foster family here", null, nodeCountry,
					day(child, span, 0.4), FOSTER, FOSTER_TEXT,
					"The foster care service's matching report; a visit to the foster family with the guardian.",
					"The family was nice, but it would be far from my mother.");
			count += 2;
		}
		if (returned) {
			int index = 0;
			for (FollowUpStatus followUp : wellBeing.overview(child.id()).followUps()) {
				if (followUp.doneOn() == null || index >= AFTER_RETURN.length) {
					continue;
				}
				record(child, AssessedSituation.FOLLOW_UP, null, followUp.dueOn(), origin, followUp.doneOn(),
						AFTER_RETURN[index++], THERE_TEXT,
						"Home visit and a talk with the school by the receiving child protection unit, " + town + ".",
						"It is good to be home. School is hard because I missed a year.");
				count++;
			}
		}
		return count;
	}

	private void record(CaseSummary child, AssessedSituation situation, String option, LocalDate followUp,
			String country, LocalDate on, int[] profile, String[] texts, String sources, String views) {
		Map<String, RatingInput> ratings = new LinkedHashMap<>();
		for (Condition condition : Condition.values()) {
			int score = profile[condition.ordinal()];
			String level = score == 0 ? WellBeingScale.UNKNOWN : scale.atFraction((score - 1) / 4.0).code();
			// The child rated a few conditions themself: how they feel at home, at school and with friends.
			String childLevel = switch (condition) {
				case AFFECTIVE_ATMOSPHERE, CONTINUITY_IN_UPBRINGING -> scale
					.atFraction((Math.max(1, score + (situation == AssessedSituation.CURRENT ? -1 : 1)) - 1) / 4.0)
					.code();
				case EDUCATION, CONTACT_WITH_PEERS -> score == 0 ? null : scale.atFraction((score - 1) / 4.0).code();
				default -> null;
			};
			ratings.put(condition.name(), new RatingInput(level,
					score == 0 ? "Not known yet: " + texts[condition.ordinal()] : texts[condition.ordinal()],
					score == 0 ? null : sources, childLevel));
		}
		boolean partner = situation == AssessedSituation.FOLLOW_UP;
		wellBeing.record(child.id(), new RecordAssessmentCommand(situation, option, followUp, country, on,
				partner ? "Child protection unit, " + HOME_TOWNS.getOrDefault(country, country) + " (demo)"
						: "Demo caseworker with the guardian",
				partner ? AssessmentSource.PARTNER : AssessmentSource.LOCAL,
				partner ? "Follow-up report received through the cross-border request (demo)" : null, ratings, views,
				null, null));
	}

	private LocalDate day(CaseSummary child, long span, double fraction) {
		LocalDate day = child.identifiedOn().plusDays(Math.round(span * fraction));
		return day.isAfter(today) ? today : day;
	}

}
