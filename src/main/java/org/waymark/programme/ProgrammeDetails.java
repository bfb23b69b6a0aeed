package org.waymark.programme;

/**
 * What the business manager types about a programme.
 *
 * @param deliveryGroupId the group that delivers it, or null
 * @param seniorResponsibleOwners names or job titles, or null
 * @param scrutinyChampions as the reports name them ("Cllr Josh Williams"), or null
 */
public record ProgrammeDetails(int number, String title, String description, Long deliveryGroupId,
		String seniorResponsibleOwners, String scrutinyChampions) {
}
