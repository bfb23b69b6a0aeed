package org.waymark.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text that reads like the partnership papers the demo data comes from (action plans,
 * highlight reports, risk registers), built from their vocabulary by a seeded
 * {@link Random}, so that pages render the lengths and shapes of text real installations
 * hold: sentences of 90–200 characters, paragraphs separated by a blank line, bullets
 * starting "- ".
 */
final class Prose {

	private static final String[] SUBJECTS = { "The Early Help Hub", "Partners across health, police and education",
			"The multi-agency safeguarding hub", "Locality teams", "The Virtual School", "The fostering service",
			"School nurses and health visitors", "The Workforce Board", "The Youth Offending Service",
			"Family Support Service practitioners", "The Somerset Safeguarding Children Board", "Commissioners",
			"The Emotional Health and Wellbeing group", "Getset providers", "The Participation Team",
			"The Children's Trust Executive", "The Care Leavers' Forum", "Operations managers", "Public Health",
			"The Strategic Manager for Children Looked After" };

	private static final String[] VERBS = { "have completed", "continue to embed", "have reviewed", "are piloting",
			"have agreed", "are rolling out", "have strengthened", "have launched", "are consulting on",
			"have commissioned", "are evaluating", "have refreshed", "have redesigned", "are monitoring",
			"have trained staff in" };

	private static final String[] OBJECTS = { "the neglect strategy and toolkit",
			"Family Group Conferencing for families open to social care",
			"the graduated response to emotional health and wellbeing", "the permanence planning framework",
			"return home interviews for children who go missing", "the local offer for care leavers up to 25",
			"the SEND local offer and the 0-25 pathway", "the Team Around the School model",
			"the quality assurance framework for social work practice", "the breastfeeding peer support programme",
			"the Signs of Safety practice model", "the multi-agency child sexual exploitation screening tool",
			"the county workforce strategy and social work apprenticeships", "the Kooth online counselling service",
			"the school readiness pathway", "the Rapid Response service", "the IRO scorecard on placement stability",
			"the early years two-year-old funded places offer", "the transitions protocol for young people at 18",
			"the domestic abuse pathway for children and families" };

	private static final String[] QUALIFIERS = { "across all four localities",
			"in line with the Ofsted recommendations", "with input from the Somerset Youth Parliament",
			"ahead of the March deadline", "following feedback from children and young people",
			"so that children wait less for a decision", "with the support of the Clinical Commissioning Group",
			"within existing resources", "as agreed at the last delivery group meeting",
			"and will report progress to the next Executive", "although recruitment remains a pressure",
			"with the first cohort completing this quarter", "and an evaluation will follow in the new year",
			"jointly with Avon and Somerset Constabulary", "so that families tell their story once",
			"for children on the edge of care" };

	private static final String[] FIRST_NAMES = { "Julian", "Philippa", "Claire", "David", "Fiona", "Mark", "Sarah",
			"Andrew", "Helen", "James", "Louise", "Richard", "Emma", "Stephen", "Anna", "Peter", "Rachel", "Simon",
			"Jane", "Michael" };

	private static final String[] SURNAMES = { "Wooster", "Granger", "Hughes", "Bowden", "Shore", "Lathey",
			"Fothergill", "Pearce", "Taylor", "Dyer", "Nash", "Hobhouse", "Clarke", "Groskop", "Lock", "Williams",
			"Munt", "Hall", "Parham", "Leyshon" };

	private static final String[] JOB_TITLES = { "Deputy Director Children's Services",
			"Strategic Manager Children Looked After and Leaving Care", "Assistant Director Commissioning",
			"Service Manager Early Help", "Strategic Commissioner", "Operations Manager Fostering",
			"Virtual School Head", "Public Health Consultant", "Head of Workforce Development",
			"Strategic Manager Partnerships, Audit and Quality", "Chief Inspector, Avon and Somerset Constabulary",
			"Designated Nurse Safeguarding Children", "Head of Inclusion", "Director of Children's Services" };

	private final Random random;

	Prose(Random random) {
		this.random = random;
	}

	/** One sentence of 90–200 characters. */
	String sentence() {
		return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(QUALIFIERS) + ".";
	}

	/**
	 * Sentences joined into one paragraph of about {@code min}–{@code max} characters.
	 */
	String paragraph(int min, int max) {
		int target = between(min, max);
		StringBuilder text = new StringBuilder(sentence());
		while (text.length() < target) {
			text.append(' ').append(sentence());
		}
		return text.toString();
	}

	/**
	 * Text of about {@code min}–{@code max} characters as the papers write it: paragraphs
	 * separated by a blank line, sometimes followed by a bulleted list.
	 */
	String text(int min, int max) {
		int target = between(min, max);
		List<String> blocks = new ArrayList<>();
		int length = 0;
		while (length < target) {
			String block = (!blocks.isEmpty() && this.random.nextInt(3) == 0) ? bullets(2 + this.random.nextInt(3))
					: paragraph(120, 420);
			blocks.add(block);
			length += block.length() + 2;
		}
		return String.join("\n\n", blocks);
	}

	/** A bulleted list, one "- " line per item. */
	String bullets(int items) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			lines.add("- " + sentence());
		}
		return String.join("\n", lines);
	}

	/** A short title of a few words, such as an objective's or a risk's. */
	String title() {
		String object = pick(OBJECTS);
		return Character.toUpperCase(object.charAt(0)) + object.substring(1) + " " + pick(QUALIFIERS);
	}

	String person() {
		return pick(FIRST_NAMES) + " " + pick(SURNAMES);
	}

	String councillor() {
		return "Cllr " + person();
	}

	String jobTitle() {
		return pick(JOB_TITLES);
	}

	/** One or two job titles, as action owners are written ("A/ B"). */
	String owners() {
		return (this.random.nextInt(3) == 0) ? jobTitle() + "/ " + jobTitle() : jobTitle();
	}

	String pick(String[] choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

}
