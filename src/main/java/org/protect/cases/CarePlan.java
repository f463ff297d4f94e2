package org.protect.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The care plan: goals, services and the organisations responsible here and, for a return or transfer,
 * in the receiving country; the return's date, escort and hand-over; the receiving agency's acceptance.
 * Changing a plan after its acceptance withdraws the acceptance: the receiving agency accepted that plan.
 *
 * @param goals what the plan is to achieve for the child
 * @param services the services planned, who provides them and when
 * @param responsibleHere the organisation responsible here
 * @param receivingAgency for a return or transfer, the named receiving agency
 * @param receivingCountry its country (ISO 3166-1 alpha-2)
 * @param placementInCareAbroad the plan places the child in care abroad (foster family, institution)
 * @param plannedReturnDate the date of the return or transfer
 * @param escort who escorts the child
 * @param handoverPlace where the child is handed over, and to whom
 * @param handoverArranged the hand-over and escort are arranged with the receiving side
 * @param reviewOn when the plan is reviewed
 * @param acceptance the receiving agency's acceptance; kept by the node, not taken from input
 */
public record CarePlan(List<String> goals, List<PlannedService> services, String responsibleHere,
		String receivingAgency, String receivingCountry, boolean placementInCareAbroad, LocalDate plannedReturnDate,
		String escort, String handoverPlace, boolean handoverArranged, LocalDate reviewOn, Acceptance acceptance) {

	public CarePlan {
		goals = goals == null ? List.of() : List.copyOf(goals);
		services = services == null ? List.of() : List.copyOf(services);
	}

	public CarePlan withAcceptance(Acceptance newAcceptance) {
		return new CarePlan(goals, services, responsibleHere, receivingAgency, receivingCountry, placementInCareAbroad,
				plannedReturnDate, escort, handoverPlace, handoverArranged, reviewOn, newAcceptance);
	}

	/** A service in the plan. */
	public record PlannedService(String description, String organisation, String country, LocalDate startsOn,
			LocalDate endsOn) {
	}

	/**
	 * The receiving agency's acceptance of the plan.
	 *
	 * @param acceptedOn when it accepted
	 * @param reference its written acceptance (a cooperation message, a letter's reference)
	 * @param recordedBy who recorded it here (user name)
	 */
	public record Acceptance(LocalDate acceptedOn, String reference, String recordedBy) {
	}

}
