package org.protect.monitoring.internal;

import java.util.EnumMap;
import java.util.Map;

import org.protect.monitoring.Condition;

/**
 * The reference standards of a demo node: synthetic text, marked as demo and never verified, written to fit any
 * of the nodes' countries. Real standards come from each country's law and guidance, written by its supervisors.
 */
final class DemoStandards {

	private DemoStandards() {
	}

	static Map<Condition, String> of(String country) {
		Map<Condition, String> text = new EnumMap<>(Condition.class);
		text.put(Condition.ADEQUATE_PHYSICAL_CARE, "A child in care has a bed of their own, three meals a day, clothes "
				+ "for the season, and is registered with a health centre; a health check within the first weeks.");
		text.put(Condition.SAFE_DIRECT_PHYSICAL_ENVIRONMENT, "The home is inspected and approved for children; no "
				+ "adult in it has a record of violence or abuse; the child knows whom to tell if they feel unsafe.");
		text.put(Condition.AFFECTIVE_ATMOSPHERE, "At least one adult the child trusts is there for them every day and "
				+ "responds to how they feel.");
		text.put(Condition.SUPPORTIVE_FLEXIBLE_STRUCTURE, "Regular times for meals, school and sleep; rules explained "
				+ "to the child and adjusted to their age.");
		text.put(Condition.ADEQUATE_EXAMPLES_BY_PARENTS, "The carers do not use violence, alcohol or drugs in the "
				+ "child's presence and deal with conflicts by talking.");
		text.put(Condition.INTEREST, "The carers know the child's school, friends and interests and talk with them "
				+ "about their day.");
		text.put(Condition.CONTINUITY_IN_UPBRINGING, "A placement meant to last, with the same carers for at least a "
				+ "school year; contact with family kept up where it is safe.");
		text.put(Condition.SAFE_WIDER_PHYSICAL_ENVIRONMENT, "No known recruiters or exploiters around the child; safe "
				+ "way to school; the police and social services can be reached.");
		text.put(Condition.RESPECT, "The child is heard in every decision about them, with an interpreter where "
				+ "needed, and told how their views were weighed.");
		text.put(Condition.SOCIAL_NETWORK, "The child has at least two adults outside the home to turn to, and the "
				+ "family has a named contact at social services.");
		text.put(Condition.EDUCATION, "School from the first month, with language support; compulsory schooling to "
				+ "the age of 16 and a place in further education after it.");
		text.put(Condition.CONTACT_WITH_PEERS, "The child meets children of their age at school and at least one "
				+ "leisure activity a week.");
		text.put(Condition.ADEQUATE_EXAMPLES_IN_SOCIETY, "Youth workers, teachers or mentors the child meets "
				+ "regularly; no contact with people who drew them into exploitation.");
		text.put(Condition.STABILITY_IN_LIFE_CIRCUMSTANCES, "A residence status that lets the child plan the coming "
				+ "years, and at most one move of home a year, prepared with them.");
		return text;
	}

}
